// learner: optimal
// idiom: CUDA GPU programmer: a bulk "memcpy"-style transfer: the whole inbox is drained reversed into the outbox in one extend, back/front naming, match on the outbox top
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { back: Vec::new(), front: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.front.pop() {
            Some(v) => Some(v),
            None => {
                // one batched transfer, reversed so the oldest ends on top
                self.front.extend(self.back.drain(..).rev());
                self.front.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.front.last() {
            Some(v) => Some(v),
            None => self.back.first(),
        }
    }

    pub fn len(&self) -> usize {
        self.back.len() + self.front.len()
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
