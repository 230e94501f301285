// learner: optimal
// idiom: APL-ish bulk move: the whole inbox reversed onto the outbox in one extend(drain(..).rev()), expression-bodied methods
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { back: vec![], front: vec![] }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.front.is_empty() {
            self.front.extend(self.back.drain(..).rev());
        }
        self.front.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.front.is_empty() { self.back.first() } else { self.front.last() }
    }

    pub fn len(&self) -> usize {
        [self.back.len(), self.front.len()].iter().sum()
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
