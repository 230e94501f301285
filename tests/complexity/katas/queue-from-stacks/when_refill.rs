// learner: optimal
// idiom: Kotlin-ish: inbox/outbox, when-style match on outbox.pop() falling back to a refill, peek via last().or(first())
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
            Some(front) => Some(front),
            None => {
                while let Some(x) = self.inbox.pop() {
                    self.outbox.push(x);
                }
                self.outbox.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or(self.inbox.first())
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty() && self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
