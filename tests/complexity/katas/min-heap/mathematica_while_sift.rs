// learner: optimal
// idiom: Mathematica / Wolfram Language user: plain While[] sift-up / sift-down on the level-order Vec, small helper functions for parent/child indices
// why: push/pop each walk one root-leaf path, O(log n); peek reads index 0, O(1); from_vec sifts down internal nodes bottom-up, O(n) comparisons, in place

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

fn parent(i: usize) -> usize {
    (i - 1) / 2
}

fn left(i: usize) -> usize {
    2 * i + 1
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        let n = heap.data.len();
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            heap.sift_down(i);
        }
        heap
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 && self.data[i] < self.data[parent(i)] {
            self.data.swap(i, parent(i));
            i = parent(i);
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        while left(i) < n {
            let l = left(i);
            let r = l + 1;
            let smaller = if r < n && self.data[r] < self.data[l] { r } else { l };
            if self.data[smaller] < self.data[i] {
                self.data.swap(i, smaller);
                i = smaller;
            } else {
                break;
            }
        }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.sift_up(last);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        self.sift_down(0);
        top
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
