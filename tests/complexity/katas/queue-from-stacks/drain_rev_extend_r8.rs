// learner: optimal
// idiom: transfer with outbox.extend(inbox.drain(..).rev()) (moves each element once, keeps the inbox capacity), loop-free dequeue body; amortised O(1)
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
        if self.outbox.is_empty() {
            self.outbox.extend(self.inbox.drain(..).rev());
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
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
