// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): after removing the root it rebuilds the whole heap with bottom-up heapify instead of one sift-down
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

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        h.heapify();
        h
    }

    fn heapify(&mut self) {
        let n = self.data.len();
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            let mut j = i;
            loop {
                let l = 2 * j + 1;
                if l >= n {
                    break;
                }
                let mut c = l;
                if l + 1 < n && self.data[l + 1] < self.data[l] {
                    c = l + 1;
                }
                if self.data[c] < self.data[j] {
                    self.data.swap(c, j);
                    j = c;
                } else {
                    break;
                }
            }
        }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty.
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        // the array changed: make it a heap again
        self.heapify();
        Some(top)
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
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
