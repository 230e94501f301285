//! A "heap" that keeps its items unordered and scans for the minimum: O(n) per pop.

/// A priority queue that always hands out its smallest item first.
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
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Keeps the items as they are.
    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    /// Adds `item` at the end.
    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    /// Finds the smallest item by looking at all of them, and removes it.
    pub fn pop(&mut self) -> Option<T> {
        let (index, _) = self.data.iter().enumerate().min_by(|a, b| a.1.cmp(b.1))?;
        Some(self.data.swap_remove(index))
    }

    /// The smallest item, found by looking at all of them.
    pub fn peek(&self) -> Option<&T> {
        self.data.iter().min()
    }

    /// Number of items in the heap.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Returns `true` if the heap holds no items.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
