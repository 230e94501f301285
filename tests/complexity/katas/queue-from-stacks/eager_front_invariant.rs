// learner: optimal
// idiom: a ReScript web developer: an invariant instead of a fallback ("front is empty only when the whole queue is"), so `peek` is just `front.last()`; refills right after the pop that empties the front, with `std::mem::take` + `into_iter().rev()`
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    // oldest on top; empty only if `back` is empty too
    front: Vec<T>,
    // newest on top
    back: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { front: vec![], back: vec![] }
    }

    pub fn enqueue(&mut self, value: T) {
        match self.front.is_empty() {
            true => self.front.push(value),
            false => self.back.push(value),
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        let head = self.front.pop();
        if self.front.is_empty() {
            self.front = std::mem::take(&mut self.back).into_iter().rev().collect();
        }
        head
    }

    pub fn peek(&self) -> Option<&T> {
        self.front.last()
    }

    pub fn len(&self) -> usize {
        self.front.len() + self.back.len()
    }

    pub fn is_empty(&self) -> bool {
        self.front.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
