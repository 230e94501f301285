// learner: slow
// idiom: Nim systems programmer: one seq, append at the end and delete(0) at the front (the two-stack idea skipped)
// why: TwoStackQueue::dequeue is O(n): Vec::remove(0) shifts every remaining element, so draining n items is O(n^2), vs the O(1) amortised target
/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    items: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { items: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.items.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.items.len() == 0 {
            return None;
        }
        Some(self.items.remove(0))
    }

    pub fn peek(&self) -> Option<&T> {
        if self.items.len() == 0 {
            return None;
        }
        Some(&self.items[0])
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
