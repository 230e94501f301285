// learner: optimal
// idiom: PHP array_reverse habit: when outbox runs dry, swap the Vecs with mem::swap and reverse in place
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
        if self.outbox.is_empty() {
            if self.inbox.is_empty() {
                return None;
            }
            // $outbox = array_reverse($inbox); $inbox = [];
            std::mem::swap(&mut self.inbox, &mut self.outbox);
            self.outbox.reverse();
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if !self.outbox.is_empty() {
            return self.outbox.last();
        }
        self.inbox.first()
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
