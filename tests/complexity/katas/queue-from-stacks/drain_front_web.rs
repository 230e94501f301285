// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: takes the front with drain(..1), which shifts the whole Vec
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
#[allow(dead_code)]
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    #[must_use]
    pub fn new() -> Self {
        Self { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.inbox.is_empty() {
            return None;
        }
        self.inbox.drain(..1).next()
    }

    #[must_use]
    pub fn peek(&self) -> Option<&T> {
        self.inbox.first()
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.inbox.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
