// learner: slow
// why: TwoStackQueue::peek is O(n) time, target O(1): with the outbox empty it walks the inbox top-down (`iter().rev().last()`) to reach the bottom element instead of `first()`
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::with_capacity(64), outbox: Vec::with_capacity(64) }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            let m = self.inbox.len();
            for _ in 0..m {
                let x = self.inbox.pop().unwrap();
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if let Some(top) = self.outbox.last() {
            return Some(top);
        }
        // read the inbox as a stack, top (index end) down to the bottom (index 1 in Julia):
        // the last one read is the oldest element
        self.inbox.iter().rev().last()
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.len() + self.outbox.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
