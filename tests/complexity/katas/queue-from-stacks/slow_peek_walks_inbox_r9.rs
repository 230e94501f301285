// learner: slow
// why: TwoStackQueue::peek is O(n) time, target O(1): when the outbox is empty it walks the whole inbox (rev().last()) to reach the oldest item
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

    /// The oldest item is the top of the outbox, or else the bottom of the inbox:
    /// read the inbox top-down and keep the last one seen.
    pub fn peek(&self) -> Option<&T> {
        self.outbox
            .last()
            .or_else(|| self.inbox.iter().rev().last())
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
