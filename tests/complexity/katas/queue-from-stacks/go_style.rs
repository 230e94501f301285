// learner: optimal
// idiom: Go-style: explicit transfer helper taking both stacks, early returns, len computed from both
//! A FIFO queue built from two stacks.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

fn refill<T>(inbox: &mut Vec<T>, outbox: &mut Vec<T>) {
    if !outbox.is_empty() {
        return;
    }
    for _ in 0..inbox.len() {
        let v = inbox.pop().unwrap();
        outbox.push(v);
    }
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        refill(&mut self.inbox, &mut self.outbox);
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if let Some(v) = self.outbox.last() {
            return Some(v);
        }
        if self.inbox.is_empty() {
            return None;
        }
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
