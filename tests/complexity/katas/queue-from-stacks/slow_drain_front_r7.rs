// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: one Vec as the queue, drain(..1) shifts all remaining elements down
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
        debug_assert!(self.outbox.is_empty());
        self.inbox.drain(..1.min(self.inbox.len())).next()
    }

    pub fn peek(&self) -> Option<&T> {
        self.inbox.first()
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
