// learner: optimal
// idiom: Julia-HPC style: if-heavy code, reserve the outbox to the exact transfer size before pouring, explicit counted while loop
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { back: Vec::with_capacity(16), front: Vec::with_capacity(16) }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if !self.front.is_empty() {
            return self.front.pop();
        }
        let m = self.back.len();
        if m == 0 {
            return None;
        }
        // preallocate once for the whole transfer; element k (1-based from the top) lands at k
        self.front.reserve(m);
        let mut k = 0;
        while k < m {
            let x = self.back.pop().unwrap();
            self.front.push(x);
            k += 1;
        }
        self.front.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if !self.front.is_empty() {
            self.front.last()
        } else {
            self.back.first()
        }
    }

    pub fn len(&self) -> usize {
        self.front.len() + self.back.len()
    }

    pub fn is_empty(&self) -> bool {
        self.front.is_empty() && self.back.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
