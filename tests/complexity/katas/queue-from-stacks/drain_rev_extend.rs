// learner: optimal
// idiom: extend(drain(..).rev()) transfer, match on pop() with a one-level retry, is_empty via len
//! A queue made of two stacks.

pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { back: Vec::new(), front: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.front.pop() {
            Some(v) => Some(v),
            None if self.back.is_empty() => None,
            None => {
                self.front.extend(self.back.drain(..).rev());
                self.front.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.front.last(), self.back.first()) {
            (Some(f), _) => Some(f),
            (None, b) => b,
        }
    }

    pub fn len(&self) -> usize {
        [&self.front, &self.back].iter().map(|s| s.len()).sum()
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
