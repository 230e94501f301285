// learner: optimal
// idiom: Gleam developer: the classic functional queue (front list, back list); when the front runs dry the back is taken whole and reversed into the new front
/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Newest last: where `enqueue` pushes.
    back: Vec<T>,
    /// Oldest last: where `dequeue` pops.
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
        if self.front.is_empty() {
            self.front = std::mem::take(&mut self.back);
            self.front.reverse();
        }
        self.front.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.front.last().or_else(|| self.back.first())
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
