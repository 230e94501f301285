// learner: optimal
// idiom: textbook inbox/outbox with a private `refill` helper and documented invariant, while-let transfer
//! A queue made of two stacks: see README.md.

/// Invariant: the queue's contents, front to back, are `outbox` read from its
/// top down, followed by `inbox` read from its bottom up.
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /// Restores "outbox non-empty unless the queue is empty". Each element
    /// is moved by refill at most once in its life: amortised O(1).
    fn refill(&mut self) {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refill();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(front) => Some(front),
            None => self.inbox.first(),
        }
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
