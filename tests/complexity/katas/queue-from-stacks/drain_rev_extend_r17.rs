// learner: optimal
// idiom: iterator transfer `outbox.extend(inbox.drain(..).rev())` guarded by is_empty, then pop
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: vec![], outbox: vec![] }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            self.outbox.extend(self.inbox.drain(..).rev());
        }
        self.outbox.pop()
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
