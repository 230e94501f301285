// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items kept unsorted, every pop scans for the minimum and swap_removes it
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

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    pub fn pop(&mut self) -> Option<T> {
        let (idx, _) = self.data.iter().enumerate().min_by(|a, b| a.1.cmp(b.1))?;
        Some(self.data.swap_remove(idx))
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.iter().min()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
