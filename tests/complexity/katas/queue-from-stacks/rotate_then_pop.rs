// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: rotates the whole Vec left by one so the front lands at the end, then pops it
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
#[allow(dead_code)]
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>, // turned out I didn't need this one
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.inbox.is_empty() {
            None
        } else {
            self.inbox.rotate_left(1);
            self.inbox.pop()
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.inbox.first()
    }

    pub fn len(&self) -> usize {
        self.inbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
