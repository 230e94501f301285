// learner: optimal
// idiom: Nim systems programmer: inbox/outbox stacks, an explicit pop-push loop moves the inbox over only when the outbox is empty; plain ifs, no combinators
/// A FIFO queue built from two `Vec` stacks.
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

    fn shift(&mut self) {
        if self.outbox.len() == 0 {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.shift();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.outbox.len() > 0 {
            return self.outbox.last();
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
