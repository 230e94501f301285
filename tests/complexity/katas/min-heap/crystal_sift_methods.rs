// learner: optimal
// idiom: Crystal-style impl with small private sift_up/sift_down methods, while loops over indices, swap
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// The items, level by level.
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
        let count = heap.data.len();
        let mut index = count / 2;
        while index > 0 {
            index -= 1;
            heap.sift_down(index);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.sift_up(last);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let smallest = self.data.pop();
        if !self.data.is_empty() {
            self.sift_down(0);
        }
        smallest
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

    fn sift_up(&mut self, start: usize) {
        let mut child = start;
        while child > 0 {
            let parent = (child - 1) / 2;
            if self.data[child] >= self.data[parent] {
                break;
            }
            self.data.swap(child, parent);
            child = parent;
        }
    }

    fn sift_down(&mut self, start: usize) {
        let size = self.data.len();
        let mut parent = start;
        loop {
            let left = 2 * parent + 1;
            let right = left + 1;
            let mut smallest = parent;
            if left < size && self.data[left] < self.data[smallest] {
                smallest = left;
            }
            if right < size && self.data[right] < self.data[smallest] {
                smallest = right;
            }
            if smallest == parent {
                return;
            }
            self.data.swap(parent, smallest);
            parent = smallest;
        }
    }
}
