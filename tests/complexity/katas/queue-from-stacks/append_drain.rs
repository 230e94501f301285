// learner: optimal
// idiom: Python-style: outbox refilled with extend(inbox.drain(..).rev()), match on pop results
//! A FIFO queue built from two stacks.

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
        match self.outbox.pop() {
            Some(v) => Some(v),
            None => {
                self.outbox.extend(self.inbox.drain(..).rev());
                self.outbox.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(v) => Some(v),
            None => self.inbox.first(),
        }
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
