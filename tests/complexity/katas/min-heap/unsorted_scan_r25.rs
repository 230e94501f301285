// learner: slow
// idiom: Delphi/Object Pascal desktop developer: an unsorted list (like a TList) with a FindMinIndex function scanning with a for loop; push is Add, pop is Delete(MinIndex)
// why: pop and peek are O(n) instead of O(log n)/O(1): each one scans every item for the minimum, so draining the queue is O(n^2); from_vec is O(1) and push O(1).
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

    fn FindMinIndex(&self) -> Option<usize> {
        if self.data.is_empty() {
            return None;
        }
        let mut MinIndex = 0;
        for I in 1..self.data.len() {
            if self.data[I] < self.data[MinIndex] {
                MinIndex = I;
            }
        }
        Some(MinIndex)
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    pub fn pop(&mut self) -> Option<T> {
        match self.FindMinIndex() {
            Some(MinIndex) => Some(self.data.swap_remove(MinIndex)),
            None => None,
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.FindMinIndex() {
            Some(MinIndex) => Some(&self.data[MinIndex]),
            None => None,
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
