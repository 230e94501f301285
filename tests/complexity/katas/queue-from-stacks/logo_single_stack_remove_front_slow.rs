// learner: slow
// idiom: logo teacher: one Vec used as a line of people, the first person leaves with remove(0)
// why: misses dequeue O(1) amortised: remove(0) shifts every remaining element forward, O(n) per dequeue, O(n^2) to drain
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// The line: the front of the queue is position 0.
    line: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        TwoStackQueue { line: Vec::new() }
    }

    /// Adds `value` at the back of the queue. Amortised O(1).
    pub fn enqueue(&mut self, value: T) {
        self.line.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty. Amortised O(1).
    pub fn dequeue(&mut self) -> Option<T> {
        if self.line.is_empty() {
            None
        } else {
            // The first person in the line leaves; everybody steps forward.
            Some(self.line.remove(0))
        }
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.line.first()
    }

    /// Number of elements in the queue. O(1).
    pub fn len(&self) -> usize {
        self.line.len()
    }

    /// `true` if the queue holds no elements. O(1).
    pub fn is_empty(&self) -> bool {
        self.line.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
