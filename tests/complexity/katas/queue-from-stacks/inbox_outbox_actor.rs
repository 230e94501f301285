// learner: optimal
// idiom: Pony-style: the queue owns both stacks, a private `refill` behaviour, match on pop results, explicit &/&mut receivers
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

    /// Pour the inbox into the outbox, only when the outbox ran dry.
    fn refill(&mut self) {
        if !self.outbox.is_empty() {
            return;
        }
        loop {
            match self.inbox.pop() {
                Some(v) => self.outbox.push(v),
                None => break,
            }
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refill();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(front) => Some(front),
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
