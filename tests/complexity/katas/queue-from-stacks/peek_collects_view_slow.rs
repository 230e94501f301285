// learner: slow
// why: TwoStackQueue::peek is O(n) time and space, target O(1): builds the whole front-to-back view as a Vec<&T> just to read its first element
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
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }

    /// The queue in order, front first (handy for debugging too).
    fn in_order(&self) -> Vec<&T> {
        self.outbox.iter().rev().chain(self.inbox.iter()).collect()
    }

    pub fn peek(&self) -> Option<&T> {
        let view = self.in_order();
        view.first().copied()
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
