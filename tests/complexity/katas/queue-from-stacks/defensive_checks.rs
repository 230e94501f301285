// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, extra emptiness checks, mem::take/mem::replace
//! A queue made of two stacks: see README.md.

use std::mem;

/// A FIFO queue built from two `Vec` stacks.
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
        if self.inbox.is_empty() && self.outbox.is_empty() {
            return None;
        }
        if !self.outbox.is_empty() {
            return self.outbox.pop();
        }
        // outbox is empty here: move the whole inbox over, reversing it
        let mut incoming = mem::take(&mut self.inbox);
        let mut moved = mem::replace(&mut self.outbox, Vec::new());
        loop {
            match incoming.pop() {
                Some(x) => moved.push(x),
                None => break,
            }
        }
        self.inbox = incoming; // keep the (now empty) allocation
        self.outbox = moved;
        match self.outbox.pop() {
            Some(x) => Some(x),
            None => None,
        }
    }

    pub fn peek(&self) -> Option<&T> {
        if self.is_empty() {
            return None;
        }
        match self.outbox.last() {
            Some(x) => Some(x),
            None => match self.inbox.first() {
                Some(x) => Some(x),
                None => None,
            },
        }
    }

    pub fn len(&self) -> usize {
        let a = self.inbox.len();
        let b = self.outbox.len();
        a + b
    }

    pub fn is_empty(&self) -> bool {
        if !self.inbox.is_empty() {
            return false;
        }
        if !self.outbox.is_empty() {
            return false;
        }
        true
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
