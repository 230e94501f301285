// learner: slow
// idiom: Mathematica / Wolfram Language user: keeps the items as a plain list and takes Ordering[list, 1] (the position of the minimum) on every pop/peek
// why: misses pop and peek targets: each scans all n items for the minimum, O(n) instead of O(log n) / O(1) (draining costs O(n^2)); push and from_vec are O(1)

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

    /// Keeps the items as they are: no comparisons at all.
    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    /// Ordering[data, 1]: the position of the smallest item.
    fn position_of_min(&self) -> Option<usize> {
        self.data.iter().enumerate().min_by(|a, b| a.1.cmp(b.1)).map(|(i, _)| i)
    }

    /// Adds `item`.
    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty.
    pub fn pop(&mut self) -> Option<T> {
        let at = self.position_of_min()?;
        Some(self.data.swap_remove(at))
    }

    /// The smallest item, without removing it.
    pub fn peek(&self) -> Option<&T> {
        self.position_of_min().map(|i| &self.data[i])
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
