// learner: slow
// why: TwoStackQueue::peek is O(n) time and space, target O(1): when the outbox is empty it builds a reversed copy of the inbox (array_reverse + end()) to find the front
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

    pub fn peek(&self) -> Option<&T> {
        if let Some(top) = self.outbox.last() {
            return Some(top);
        }
        // can't move things around through &self, so do it on a copy:
        // $tmp = array_reverse($inbox); return end($tmp);
        let tmp: Vec<&T> = self.inbox.iter().rev().collect();
        tmp.last().copied()
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
