// learner: optimal
// idiom: Python-ish: explicit while-let pour loop inside dequeue, if/else peek with early returns
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
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.len() == 0 {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        return self.outbox.pop();
    }

    pub fn peek(&self) -> Option<&T> {
        if self.outbox.len() > 0 {
            return self.outbox.last();
        }
        if self.inbox.len() > 0 {
            return self.inbox.first();
        }
        return None;
    }

    pub fn len(&self) -> usize {
        return self.inbox.len() + self.outbox.len();
    }

    pub fn is_empty(&self) -> bool {
        return self.len() == 0;
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
