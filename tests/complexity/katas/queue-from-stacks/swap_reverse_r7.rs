// learner: optimal
// idiom: refill by mem::swap + reverse when the outbox runs dry, Option::or_else chains for peek
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
        self.outbox.last().or_else(|| self.inbox.first())
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
