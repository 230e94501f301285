// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items stay unordered and every pop folds over all indices to find the minimum (peek too, O(n) vs O(1))
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// The items. Lay them out as you see fit (hint: level by level).
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
        Self { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        // no work up front: pop finds the smallest one when it is needed
        Self { data: items }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn min_index(&self) -> Option<usize> {
        if self.data.is_empty() {
            return None;
        }
        let best = (1..self.data.len()).fold(0, |best, i| if self.data[i] < self.data[best] { i } else { best });
        Some(best)
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        self.min_index().map(|i| self.data.swap_remove(i))
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.min_index().map(|i| &self.data[i])
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
