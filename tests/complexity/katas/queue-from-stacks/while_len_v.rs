// learner: optimal
// idiom: V-style: `while stack.len() > 0` pours, unwrap after a length check, if/else peek, no helpers
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
        if self.outbox.len() == 0 {
            while self.inbox.len() > 0 {
                let x = self.inbox.pop().unwrap();
                self.outbox.push(x);
            }
        }
        if self.outbox.len() == 0 {
            return None;
        }
        Some(self.outbox.pop().unwrap())
    }

    pub fn peek(&self) -> Option<&T> {
        if self.outbox.len() > 0 {
            return self.outbox.last();
        }
        if self.inbox.len() > 0 {
            return self.inbox.first();
        }
        None
    }

    pub fn len(&self) -> usize {
        return self.inbox.len() + self.outbox.len();
    }

    pub fn is_empty(&self) -> bool {
        return self.inbox.len() == 0 && self.outbox.len() == 0;
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
