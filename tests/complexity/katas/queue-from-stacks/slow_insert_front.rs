// learner: slow
// why: TwoStackQueue::enqueue is O(n) time, target O(1): keeps one Vec reversed by inserting each new element at index 0
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        // newest at the bottom, oldest on top: then pop() is the front
        self.outbox.insert(0, value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last()
    }

    pub fn len(&self) -> usize {
        self.outbox.len() + self.inbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.outbox.is_empty() && self.inbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
