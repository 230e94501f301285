// learner: optimal
// idiom: refill the outbox by collecting the drained inbox reversed, Option chaining with or_else, is_empty via all
//! A queue made of two stacks.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.outbox.pop().or_else(|| {
            self.outbox = self.inbox.drain(..).rev().collect();
            self.outbox.pop()
        })
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        [&self.inbox, &self.outbox].iter().all(|s| s.is_empty())
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
