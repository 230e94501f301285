// learner: optimal
// idiom: colleague's version with an explicit size counter, early returns and a counted for-loop transfer
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
    size: usize,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new(), size: 0 }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
        self.size += 1;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.size == 0 {
            return None;
        }
        if self.outbox.is_empty() {
            let n = self.inbox.len();
            for _ in 0..n {
                let item = self.inbox.pop().unwrap();
                self.outbox.push(item);
            }
        }
        self.size -= 1;
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.size == 0 {
            return None;
        }
        if !self.outbox.is_empty() {
            return self.outbox.last();
        }
        self.inbox.first()
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
