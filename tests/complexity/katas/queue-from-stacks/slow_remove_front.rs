// learner: slow
// why: TwoStackQueue::dequeue is O(n) time, target O(1): everything lives in one Vec and dequeue shifts it with remove(0)
pub struct TwoStackQueue<T> {
    items: Vec<T>,
    #[allow(dead_code)]
    spare: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { items: Vec::new(), spare: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.items.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.items.is_empty() {
            None
        } else {
            Some(self.items.remove(0))
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.items.first()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
