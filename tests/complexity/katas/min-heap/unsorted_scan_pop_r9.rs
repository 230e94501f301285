// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items kept unordered, pop scans every index for the minimum (peek too)
//! A binary min-heap: see README.md.

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

    /// Takes the items as they are; pop finds the minimum.
    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    fn min_index(&self) -> Option<usize> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        let mut m: usize = 0;
        let mut i: usize = 1;
        while i < n {
            if self.data[i] < self.data[m] {
                m = i;
            }
            i += 1;
        }
        Some(m)
    }

    /// Adds `item`.
    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty.
    pub fn pop(&mut self) -> Option<T> {
        let m = self.min_index()?;
        Some(self.data.swap_remove(m))
    }

    /// The smallest item, without removing it.
    pub fn peek(&self) -> Option<&T> {
        let m = self.min_index()?;
        Some(&self.data[m])
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
