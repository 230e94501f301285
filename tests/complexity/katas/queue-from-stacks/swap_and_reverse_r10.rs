// learner: optimal
// idiom: match-heavy: when the outbox runs dry, mem::swap the two Vecs and reverse in place (no element-by-element pour)
//! A queue made of two stacks: see README.md.

use std::mem;

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
        match self.outbox.pop() {
            Some(front) => Some(front),
            None => {
                mem::swap(&mut self.inbox, &mut self.outbox);
                self.outbox.reverse();
                self.outbox.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.outbox.last(), self.inbox.first()) {
            (Some(front), _) => Some(front),
            (None, oldest) => oldest,
        }
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        matches!((self.inbox.is_empty(), self.outbox.is_empty()), (true, true))
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
