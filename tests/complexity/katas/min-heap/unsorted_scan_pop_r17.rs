// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items are kept unsorted and pop finds the minimum index with a hand-written loop
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

    /// Nothing to do: the pile is "already a heap" because pop searches it.
    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn index_of_min(&self) -> Option<usize> {
        if self.data.is_empty() {
            return None;
        }
        let mut best = 0;
        for i in 1..self.data.len() {
            if self.data[i] < self.data[best] {
                best = i;
            }
        }
        Some(best)
    }

    pub fn pop(&mut self) -> Option<T> {
        let i = self.index_of_min()?;
        Some(self.data.swap_remove(i))
    }

    pub fn peek(&self) -> Option<&T> {
        self.index_of_min().map(|i| &self.data[i])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
