// learner: optimal
// idiom: Kotlin-ish: private ensureFront() helper, Option combinators (or_else / map_or), front/back naming
pub struct TwoStackQueue<T> {
    back: Vec<T>,
    front: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { back: vec![], front: vec![] }
    }

    fn ensure_front(&mut self) {
        if self.front.is_empty() {
            while let Some(item) = self.back.pop() {
                self.front.push(item);
            }
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.ensure_front();
        self.front.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.front.last().or_else(|| self.back.first())
    }

    pub fn len(&self) -> usize {
        [self.back.len(), self.front.len()].iter().sum()
    }

    pub fn is_empty(&self) -> bool {
        self.front.is_empty().then(|| self.back.is_empty()).unwrap_or(false)
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
