// learner: optimal
// idiom: Ada-style: explicit transfer procedure with a moved-count postcondition, match on (outbox, inbox) state, checked length arithmetic
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

    /// Precondition: the outbox is empty. Postcondition: the inbox is empty and
    /// the outbox holds what the inbox held, oldest on top.
    fn transfer(&mut self) {
        debug_assert!(self.outbox.is_empty());
        let expected = self.inbox.len();
        loop {
            match self.inbox.pop() {
                Some(v) => self.outbox.push(v),
                None => break,
            }
        }
        debug_assert!(self.outbox.len() == expected && self.inbox.is_empty());
    }

    /// Adds `value` at the back of the queue. Amortised O(1).
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty. Amortised O(1).
    pub fn dequeue(&mut self) -> Option<T> {
        match (self.outbox.is_empty(), self.inbox.is_empty()) {
            (false, _) => self.outbox.pop(),
            (true, true) => None,
            (true, false) => {
                self.transfer();
                self.outbox.pop()
            }
        }
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(front) => Some(front),
            None => self.inbox.first(),
        }
    }

    /// Number of elements in the queue. O(1).
    pub fn len(&self) -> usize {
        match self.inbox.len().checked_add(self.outbox.len()) {
            Some(total) => total,
            None => usize::MAX,
        }
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
