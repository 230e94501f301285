// learner: optimal
// idiom: web-dev style: bulk move with outbox.extend(inbox.drain(..).rev()), match on outbox.pop(), #[must_use] accessors
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    #[must_use]
    pub fn new() -> Self {
        Self { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.outbox.pop() {
            Some(v) => Some(v),
            None => {
                self.outbox.extend(self.inbox.drain(..).rev());
                self.outbox.pop()
            }
        }
    }

    #[must_use]
    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(v) => Some(v),
            None => self.inbox.first(),
        }
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty() && self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
