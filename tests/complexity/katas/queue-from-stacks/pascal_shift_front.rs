// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1) amortised: keeps everything in one array and deletes element 0, shifting the rest
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
#[allow(dead_code)]
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    /* not needed: one array in arrival order is enough */
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /* the oldest element is at position 0: take it out and close the gap */
    pub fn dequeue(&mut self) -> Option<T> {
        if self.inbox.len() == 0 {
            return None;
        }
        let first: T = self.inbox.remove(0);
        Some(first)
    }

    pub fn peek(&self) -> Option<&T> {
        if self.inbox.len() == 0 {
            None
        } else {
            Some(&self.inbox[0])
        }
    }

    pub fn len(&self) -> usize {
        self.inbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
