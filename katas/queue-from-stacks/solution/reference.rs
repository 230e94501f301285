//! A queue made of two stacks: amortised O(1) enqueue and dequeue.

/// A FIFO queue built from two `Vec` stacks.
///
/// Invariant: the queue, front to back, is `outbox` from top to bottom followed by
/// `inbox` from bottom to top.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from; its top is the oldest element.
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /// Adds `value` at the back of the queue. O(1) amortised (Vec growth).
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty.
    ///
    /// Amortised O(1): each element moves from the inbox to the outbox at most once.
    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            // Pouring reverses the order: the oldest element ends up on top.
            while let Some(value) = self.inbox.pop() {
                self.outbox.push(value);
            }
        }
        self.outbox.pop()
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        // With an empty outbox, the oldest element is at the bottom of the inbox.
        self.outbox.last().or_else(|| self.inbox.first())
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
