// learner: optimal
// idiom: when the outbox is empty, std::mem::swap the two Vecs and reverse() the new outbox in place (O(k) for k elements, each element reversed once: amortised O(1)); no extra allocation
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

    fn refill(&mut self) {
        if self.outbox.is_empty() {
            std::mem::swap(&mut self.inbox, &mut self.outbox);
            self.outbox.reverse();
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refill();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(front) => Some(front),
            None => self.inbox.first(),
        }
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
