// learner: optimal
// idiom: impl with a private refill helper using loop/match, or_else combinator in dequeue, match-based peek
pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { back: Vec::new(), front: Vec::new() }
    }

    /// Pours `back` into `front`, reversing it, so the oldest item ends on top.
    fn refill(&mut self) -> Option<T> {
        loop {
            match self.back.pop() {
                Some(x) => self.front.push(x),
                None => break,
            }
        }
        self.front.pop()
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.front.pop().or_else(|| self.refill())
    }

    pub fn peek(&self) -> Option<&T> {
        match (self.front.last(), self.back.first()) {
            (Some(top), _) => Some(top),
            (None, oldest) => oldest,
        }
    }

    pub fn len(&self) -> usize {
        self.front.len() + self.back.len()
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
