// learner: optimal
// idiom: D-style: front/back naming, Option combinator chains (`or_else`), match on the popped value, expression bodies
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
        match self.front.pop() {
            some @ Some(_) => some,
            None => {
                loop {
                    match self.back.pop() {
                        Some(v) => self.front.push(v),
                        None => break,
                    }
                }
                self.front.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.front.last().or_else(|| self.back.first())
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
