// learner: optimal
// idiom: borrow-checker-wary: refill takes the inbox out with std::mem::take, pops it into the outbox in a `loop`/break, then puts the (emptied, still allocated) Vec back; match-heavy peek
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

    fn refill(&mut self) {
        let mut pending = std::mem::take(&mut self.inbox);
        loop {
            match pending.pop() {
                Some(v) => self.outbox.push(v),
                None => break,
            }
        }
        self.inbox = pending;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.outbox.pop() {
            Some(v) => Some(v),
            None => {
                if self.inbox.is_empty() {
                    return None;
                }
                self.refill();
                self.outbox.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.outbox.last(), self.inbox.first()) {
            (Some(front), _) => Some(front),
            (None, oldest) => oldest,
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
