// learner: slow
// idiom: Koka: one list is a queue if you take from the head -- `remove(0)` as `match xs { Cons(x, rest) -> ... }`; the outbox stays unused
// why: `Vec::remove(0)` shifts every remaining element: O(n) per dequeue, O(n^2) to drain a queue of n
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from (unused: one list is enough, I thought).
    #[allow(dead_code)]
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
        match self.inbox.is_empty() {
            true => None,
            false => Some(self.inbox.remove(0)),
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
