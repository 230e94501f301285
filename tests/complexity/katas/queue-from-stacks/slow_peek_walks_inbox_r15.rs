// learner: slow
// why: TwoStackQueue::peek is O(n) time, target O(1): with &self it cannot pour, so it walks the whole inbox (`iter().rev().last()`) to reach the oldest element
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
            while let Some(v) = self.inbox.pop() {
                self.outbox.push(v);
            }
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if let Some(top) = self.outbox.last() {
            return Some(top);
        }
        // the oldest element is the one a pour would put on top: the last one popped
        self.inbox.iter().rev().last()
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
