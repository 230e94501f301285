// learner: optimal
// idiom: defensive auditor: private refill helper, while-let transfer only when outbox empty, checked len, doc-heavy
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements (newest on top).
    inbox: Vec<T>,
    /// Where `dequeue` pops from (oldest on top).
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /// Moves the inbox into the outbox, reversing it, but only when the outbox is empty;
    /// moving earlier would interleave old and new elements.
    fn refill_if_drained(&mut self) {
        if !self.outbox.is_empty() {
            return;
        }
        while let Some(item) = self.inbox.pop() {
            self.outbox.push(item);
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refill_if_drained();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        // Oldest is the top of the outbox, or (if that is empty) the bottom of the inbox.
        match self.outbox.last() {
            Some(front) => Some(front),
            None => self.inbox.first(),
        }
    }

    pub fn len(&self) -> usize {
        self.inbox.len().checked_add(self.outbox.len()).unwrap_or(usize::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty() && self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
