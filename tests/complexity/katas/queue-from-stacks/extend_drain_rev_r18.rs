// learner: optimal
// idiom: iterator-style transfer with extend(drain(..).rev()), or_else for peek, derived Default-free
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { inbox: vec![], outbox: vec![] }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.outbox.pop().or_else(|| {
            self.outbox.extend(self.inbox.drain(..).rev());
            self.outbox.pop()
        })
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
    }

    pub fn len(&self) -> usize {
        [&self.inbox, &self.outbox].iter().map(|s| s.len()).sum()
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
