// learner: optimal
// idiom: match-heavy with a private refill method; renamed stacks (back/front), early returns
pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { back: Vec::new(), front: Vec::new() }
    }

    fn refill(&mut self) {
        loop {
            match self.back.pop() {
                Some(v) => self.front.push(v),
                None => return,
            }
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.front.pop() {
            Some(v) => Some(v),
            None => {
                self.refill();
                self.front.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.front.last(), self.back.first()) {
            (Some(v), _) => Some(v),
            (None, b) => b,
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
