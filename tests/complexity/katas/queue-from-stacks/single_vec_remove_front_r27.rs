// learner: slow
// idiom: CUDA GPU programmer: one flat Vec buffer, enqueue appends, dequeue takes element 0 with remove(0) (the second Vec is kept but never used)
// why: dequeue is O(n) (Vec::remove(0) shifts every remaining element), O(n^2) to drain n items, vs O(1) amortised target; enqueue and peek are O(1)
//! A queue made of two stacks: see README.md.

#[allow(dead_code)]
pub struct TwoStackQueue<T> {
    buf: Vec<T>,
    spare: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { buf: Vec::new(), spare: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.buf.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.buf.is_empty() {
            None
        } else {
            Some(self.buf.remove(0))
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.buf.first()
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
