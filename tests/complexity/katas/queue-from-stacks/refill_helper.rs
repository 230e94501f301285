// learner: optimal
// idiom: web-dev style: private refill() helper returning &mut Self, Option combinators, early returns
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    fn refill(&mut self) -> &mut Self {
        if self.outbox.is_empty() {
            while let Some(item) = self.inbox.pop() {
                self.outbox.push(item);
            }
        }
        self
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if let Some(front) = self.outbox.pop() {
            return Some(front);
        }
        self.refill().outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
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
