// learner: optimal
// idiom: C-style: explicit transfer loop with break, separate private refill helper, early returns
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    fn refill(&mut self) {
        if !self.outbox.is_empty() {
            return;
        }
        loop {
            let x = match self.inbox.pop() {
                Some(x) => x,
                None => break,
            };
            self.outbox.push(x);
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refill();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if !self.outbox.is_empty() {
            return self.outbox.last();
        }
        if !self.inbox.is_empty() {
            return self.inbox.first();
        }
        None
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
