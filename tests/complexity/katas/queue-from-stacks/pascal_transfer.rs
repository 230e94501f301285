// learner: optimal
// idiom: Pascal-teacher style: procedure Transfer(var from, var into) with a while loop, if/else chains, explicit counts
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

/* procedure Transfer(var from, var into): pour one stack into the other */
fn transfer<T>(from: &mut Vec<T>, into: &mut Vec<T>) {
    while !from.is_empty() {
        let top: T = from.pop().unwrap();
        into.push(top);
    }
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            transfer(&mut self.inbox, &mut self.outbox);
        }
        if self.outbox.is_empty() {
            None
        } else {
            self.outbox.pop()
        }
    }

    pub fn peek(&self) -> Option<&T> {
        if !self.outbox.is_empty() {
            self.outbox.last()
        } else if !self.inbox.is_empty() {
            self.inbox.first()
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        let total: usize = self.inbox.len() + self.outbox.len();
        total
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
