// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): keeps items unordered and scans for the minimum on every pop (peek too)
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

    /// No work needed up front: O(1)!
    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn index_of_min(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for i in 0..self.data.len() {
            match best {
                Some(b) if self.data[b] <= self.data[i] => {}
                _ => best = Some(i),
            }
        }
        best
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
