// learner: optimal
// idiom: F#-ish "list reversal" queue: when the front is empty, swap the stacks with mem::swap and reverse once; match-heavy
use std::mem;

pub struct TwoStackQueue<T> {
    rear: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { rear: Vec::new(), front: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.rear.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.front.pop() {
            Some(v) => Some(v),
            None if self.rear.is_empty() => None,
            None => {
                mem::swap(&mut self.front, &mut self.rear);
                self.front.reverse();
                self.front.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.front.last(), self.rear.first()) {
            (Some(f), _) => Some(f),
            (None, r) => r,
        }
    }

    pub fn len(&self) -> usize {
        self.front.len() + self.rear.len()
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
