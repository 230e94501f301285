// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: one Vec used as the queue, remove(0) shifts every remaining element
pub struct TwoStackQueue<T> {
    /// items[0] is the oldest element, items[len-1] the newest.
    inbox: Vec<T>,
    /// unused: a single Vec keeps FIFO order already.
    #[allow(dead_code)]
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
        if self.inbox.is_empty() {
            None
        } else {
            Some(self.inbox.remove(0))
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.inbox.first()
    }

    pub fn len(&self) -> usize {
        self.inbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
