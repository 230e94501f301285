// learner: optimal
// idiom: a ReScript web developer: the classic lazy inbox/outbox, `dequeue` as an expression (`outbox.pop().or_else(refill-then-pop)`), `peek` reads `outbox.last()` or falls back to `inbox.first()`
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
