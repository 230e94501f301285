// learner: optimal
// idiom: when the outbox is empty, mem::swap the stacks and reverse in place; or_else/then combinators
//! A queue made of two stacks: see README.md.

use std::mem;

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            // the outbox is empty, so swapping leaves an empty inbox behind
            mem::swap(&mut self.inbox, &mut self.outbox);
            self.outbox.reverse();
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
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
