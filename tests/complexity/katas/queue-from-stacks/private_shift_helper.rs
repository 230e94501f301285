// learner: optimal
// idiom: renamed fields (back/front), private shift() helper with loop+match+break, match-heavy accessors
pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { back: Vec::new(), front: Vec::new() }
    }

    fn shift(&mut self) {
        loop {
            match self.back.pop() {
                Some(item) => self.front.push(item),
                None => break,
            }
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.front.pop() {
            Some(item) => Some(item),
            None => {
                self.shift();
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
        let (a, b) = (self.back.len(), self.front.len());
        a + b
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
