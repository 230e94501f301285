// learner: optimal
// idiom: Odin-style: both stacks in a [Vec<T>; 2] addressed by BACK/FRONT constants, explicit counted transfer loop, match on which stack holds the front
//! A queue made of two stacks: see README.md.

const BACK: usize = 0; // enqueue side
const FRONT: usize = 1; // dequeue side

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    stacks: [Vec<T>; 2],
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { stacks: [Vec::new(), Vec::new()] }
    }

    pub fn enqueue(&mut self, value: T) {
        self.stacks[BACK].push(value);
    }

    fn refill_front(&mut self) {
        let count = self.stacks[BACK].len();
        let [back, front] = &mut self.stacks;
        front.reserve(count);
        for _ in 0..count {
            match back.pop() {
                Some(v) => front.push(v),
                None => break,
            }
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.stacks[FRONT].len() == 0 {
            if self.stacks[BACK].len() == 0 {
                return None;
            }
            self.refill_front();
        }
        self.stacks[FRONT].pop()
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.stacks[FRONT].len(), self.stacks[BACK].len()) {
            (0, 0) => None,
            (0, _) => self.stacks[BACK].first(),
            (_, _) => self.stacks[FRONT].last(),
        }
    }

    pub fn len(&self) -> usize {
        self.stacks[BACK].len() + self.stacks[FRONT].len()
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
