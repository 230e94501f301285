// learner: optimal
// idiom: logo teacher: inbox/outbox stacks with a named "pour" procedure, pouring only when the outbox is empty
// why: every element is pushed onto the inbox once, poured once and popped once: O(1) amortised enqueue/dequeue; peek reads outbox.last() or inbox.first(), O(1)
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    // Procedure POUR: tip the inbox upside down into the outbox.
    // The newest element goes in first, so the OLDEST ends up on top.
    // Only call this when the outbox is empty, or the order gets mixed up!
    fn pour_inbox_into_outbox(&mut self) {
        while let Some(element) = self.inbox.pop() {
            self.outbox.push(element);
        }
    }

    /// Adds `value` at the back of the queue. Amortised O(1).
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty. Amortised O(1).
    pub fn dequeue(&mut self) -> Option<T> {
        // Step 1: outbox empty? Refill it from the inbox.
        if self.outbox.is_empty() {
            self.pour_inbox_into_outbox();
        }
        // Step 2: the top of the outbox is the oldest element.
        self.outbox.pop()
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        // If the outbox has something, its top is the front.
        // Otherwise the front is at the BOTTOM of the inbox.
        if let Some(top_of_outbox) = self.outbox.last() {
            Some(top_of_outbox)
        } else {
            self.inbox.first()
        }
    }

    /// Number of elements in the queue. O(1).
    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    /// `true` if the queue holds no elements. O(1).
    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty() && self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
