// learner: slow
// why: MinHeap::push and MinHeap::pop are O(n) time, target O(log n): every mutation calls RestoreHeapInvariant, a full bottom-up rebuild
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
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        heap.restore_heap_invariant();
        heap
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.restore_heap_invariant();
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last_index = self.data.len() - 1;
        self.data.swap(0, last_index);
        let smallest_item = self.data.pop();
        self.restore_heap_invariant();
        smallest_item
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() {
            return None;
        }
        Some(&self.data[0])
    }

    /// Number of items in the heap.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Returns `true` if the heap holds no items.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn left_child_index_of(parent_index: usize) -> usize {
        2 * parent_index + 1
    }

    fn right_child_index_of(parent_index: usize) -> usize {
        2 * parent_index + 2
    }

    fn restore_heap_invariant(&mut self) {
        let element_count = self.data.len();
        if element_count < 2 {
            return;
        }
        let mut internal_node_index = element_count / 2;
        while internal_node_index > 0 {
            internal_node_index -= 1;
            self.sift_down_from(internal_node_index);
        }
    }

    fn sift_down_from(&mut self, start_index: usize) {
        let element_count = self.data.len();
        let mut current_index = start_index;
        loop {
            let left_index = Self::left_child_index_of(current_index);
            if left_index >= element_count {
                break;
            }
            let right_index = Self::right_child_index_of(current_index);
            let smaller_child_index = self.select_smaller_child(left_index, right_index, element_count);
            if self.data[current_index] <= self.data[smaller_child_index] {
                break;
            }
            self.data.swap(current_index, smaller_child_index);
            current_index = smaller_child_index;
        }
    }

    fn select_smaller_child(&self, left_index: usize, right_index: usize, element_count: usize) -> usize {
        if right_index < element_count && self.data[right_index] < self.data[left_index] {
            return right_index;
        }
        left_index
    }
}
