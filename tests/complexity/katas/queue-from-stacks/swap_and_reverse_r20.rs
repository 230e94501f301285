// learner: optimal
// idiom: C-style trick: when the outbox runs dry, swap the two Vecs with mem::swap and reverse in place with an index loop
use std::mem;

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
            if self.inbox.is_empty() {
                return None;
            }
            mem::swap(&mut self.inbox, &mut self.outbox);
            let n = self.outbox.len();
            let mut i = 0;
            while i < n / 2 {
                self.outbox.swap(i, n - 1 - i);
                i += 1;
            }
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(x) => Some(x),
            None => self.inbox.first(),
        }
    }

    pub fn len(&self) -> usize {
        self.outbox.len() + self.inbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.outbox.is_empty() && self.inbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
