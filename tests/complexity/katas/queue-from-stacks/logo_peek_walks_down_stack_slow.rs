// learner: slow
// idiom: logo teacher: inbox/outbox done right, but peek on an empty outbox walks the whole inbox from top to bottom to reach the bottom element
// why: misses peek O(1): with the outbox empty, peek visits every element of the inbox, O(n) per call
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

    /// Adds `value` at the back of the queue. Amortised O(1).
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty. Amortised O(1).
    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(element) = self.inbox.pop() {
                self.outbox.push(element);
            }
        }
        self.outbox.pop()
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        // The top of the outbox is the front, if there is one.
        if let Some(top) = self.outbox.last() {
            return Some(top);
        }
        // Otherwise the front is at the very BOTTOM of the inbox.
        // A stack is read from the top, so walk down it, one element at a time;
        // the last element we touch is the bottom one.
        let mut element_at_the_bottom = None;
        for element in self.inbox.iter().rev() {
            element_at_the_bottom = Some(element);
        }
        element_at_the_bottom
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
