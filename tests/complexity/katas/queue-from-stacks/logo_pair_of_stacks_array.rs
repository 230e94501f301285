// learner: optimal
// idiom: logo teacher: the two stacks kept in an array indexed by named constants BACK_STACK / FRONT_STACK, plus a running element counter
// why: transfer happens only when the front stack is empty and moves each element once: O(1) amortised enqueue/dequeue; peek and len are O(1)
//! A queue made of two stacks: see README.md.

// Names for the two stacks, so students can read stacks[BACK_STACK].
const BACK_STACK: usize = 0; // new arrivals go here
const FRONT_STACK: usize = 1; // the next ones to leave wait here, oldest on top

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    stacks: [Vec<T>; 2],
    element_count: usize,
}

impl<T> TwoStackQueue<T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        TwoStackQueue { stacks: [Vec::new(), Vec::new()], element_count: 0 }
    }

    /// Adds `value` at the back of the queue. Amortised O(1).
    pub fn enqueue(&mut self, value: T) {
        self.stacks[BACK_STACK].push(value);
        self.element_count += 1;
    }

    /// Removes and returns the front element, or `None` if the queue is empty. Amortised O(1).
    pub fn dequeue(&mut self) -> Option<T> {
        if self.element_count == 0 {
            return None;
        }
        if self.stacks[FRONT_STACK].is_empty() {
            // Move the elements one at a time, counting down.
            let mut left_to_move = self.stacks[BACK_STACK].len();
            while left_to_move > 0 {
                let element = self.stacks[BACK_STACK].pop().expect("counted");
                self.stacks[FRONT_STACK].push(element);
                left_to_move -= 1;
            }
        }
        self.element_count -= 1;
        self.stacks[FRONT_STACK].pop()
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        match self.stacks[FRONT_STACK].last() {
            Some(front) => Some(front),
            None => self.stacks[BACK_STACK].first(),
        }
    }

    /// Number of elements in the queue. O(1).
    pub fn len(&self) -> usize {
        self.element_count
    }

    /// `true` if the queue holds no elements. O(1).
    pub fn is_empty(&self) -> bool {
        self.element_count == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
