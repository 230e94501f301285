// learner: optimal
// idiom: Java-ish private helpers parent_of/smaller_child returning Option, `while let` sift loops with early return, heapify by a descending for over a reversed range
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
        let mut heap = MinHeap { data: items };
        for start in (0..heap.data.len() / 2).rev() {
            heap.sift_down_from(start);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.sift_up_from(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        self.sift_down_from(0);
        Some(top)
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn parent_of(position: usize) -> Option<usize> {
        if position == 0 { None } else { Some((position - 1) / 2) }
    }

    fn smaller_child(&self, position: usize) -> Option<usize> {
        let left = 2 * position + 1;
        let right = left + 1;
        if left >= self.data.len() {
            None
        } else if right < self.data.len() && self.data[right] < self.data[left] {
            Some(right)
        } else {
            Some(left)
        }
    }

    fn sift_up_from(&mut self, mut position: usize) {
        while let Some(parent) = Self::parent_of(position) {
            if self.data[parent] <= self.data[position] {
                return;
            }
            self.data.swap(parent, position);
            position = parent;
        }
    }

    fn sift_down_from(&mut self, mut position: usize) {
        while let Some(child) = self.smaller_child(position) {
            if self.data[position] <= self.data[child] {
                return;
            }
            self.data.swap(position, child);
            position = child;
        }
    }
}
