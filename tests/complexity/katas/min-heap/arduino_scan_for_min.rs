// learner: slow
// idiom: Arduino hobbyist: keep the items unsorted in the Vec and find the smallest with a for loop over all indexes, like scanning an array of readings for the minimum
// why: pop and peek are O(n) time vs the O(log n) / O(1) targets, because each call scans the whole unsorted Vec for the minimum (draining n items is O(n^2)); from_vec and push are O(1)
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

    fn min_index(&self) -> Option<usize> {
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

    /// Takes the items as they are.
    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    /// Adds `item`.
    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty.
    pub fn pop(&mut self) -> Option<T> {
        let i = self.min_index()?;
        Some(self.data.swap_remove(i))
    }

    /// The smallest item, without removing it.
    pub fn peek(&self) -> Option<&T> {
        let i = self.min_index()?;
        Some(&self.data[i])
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
