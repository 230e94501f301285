// learner: slow
// why: TwoStackQueue::peek is O(n) time, target O(1): the front of the inbox is found with iter().rev().last(), which walks the whole inbox
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
        if self.outbox.is_empty() {
            self.outbox = self.inbox.drain(..).rev().collect();
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        // the inbox is newest-last, so its oldest element is the last one seen walking it backwards
        self.outbox.last().or_else(|| self.inbox.iter().rev().last())
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
