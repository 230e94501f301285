// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): a "lazy" queue that folds over all indices for the argmin on each pop (peek caches nothing either)
//! A binary min-heap: see README.md.

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    fn argmin(&self) -> Option<usize> {
        (1..self.data.len()).fold((!self.data.is_empty()).then_some(0), |best, i| match best {
            Some(b) if self.data[i] < self.data[b] => Some(i),
            other => other,
        })
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    pub fn pop(&mut self) -> Option<T> {
        self.argmin().map(|i| self.data.swap_remove(i))
    }

    pub fn peek(&self) -> Option<&T> {
        self.argmin().map(|i| &self.data[i])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
