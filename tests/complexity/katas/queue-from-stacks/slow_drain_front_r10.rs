// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1): `drain(..1)` takes the front of a single Vec and shifts all the rest down
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>, // unused: one Vec is enough, right?
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
            return None;
        }
        self.inbox.drain(..1).next()
    }

    pub fn peek(&self) -> Option<&T> {
        self.inbox.first()
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
