// learner: optimal
// idiom: C-style: explicit element counter field, while-pop-push transfer loop, if/else returns, no combinators
//! A queue made of two stacks.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
    count: usize,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new(), count: 0 }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
        self.count += 1;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.count == 0 {
            return None;
        }
        if self.outbox.len() == 0 {
            loop {
                match self.inbox.pop() {
                    Some(x) => self.outbox.push(x),
                    None => break,
                }
            }
        }
        self.count -= 1;
        self.outbox.pop()
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
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
