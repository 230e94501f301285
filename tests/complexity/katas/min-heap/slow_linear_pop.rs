// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items stay unordered and pop scans every index for the minimum
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
        // nothing to do: pop finds the smallest
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn smallest_index(&self) -> Option<usize> {
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
        let i = self.smallest_index()?;
        Some(self.data.swap_remove(i))
    }

    pub fn peek(&self) -> Option<&T> {
        self.smallest_index().map(|i| &self.data[i])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
