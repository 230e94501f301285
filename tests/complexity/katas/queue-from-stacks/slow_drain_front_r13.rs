// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: drain(..1) on the single backing Vec shifts every remaining element
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        // keep everything in arrival order in one stack; the other one stays unused
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if let Some(v) = self.outbox.pop() {
            return Some(v);
        }
        self.inbox.drain(..1.min(self.inbox.len())).next()
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or(self.inbox.first())
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
