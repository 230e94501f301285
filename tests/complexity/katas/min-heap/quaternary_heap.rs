// learner: optimal
// idiom: 4-ary heap (cache-friendlier fan-out), while loops over a fixed child block, u32-free usize math, early returns
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

const D: usize = 4;

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        if n < 2 {
            return h;
        }
        let mut i = (n - 2) / D + 1; // one past the last internal node
        while i > 0 {
            i -= 1;
            h.down(i);
        }
        h
    }

    fn down(&mut self, start: usize) {
        let n = self.data.len();
        let mut i = start;
        while D * i + 1 < n {
            let first = D * i + 1;
            let end = if first + D < n { first + D } else { n };
            let mut m = first;
            let mut c = first + 1;
            while c < end {
                if self.data[c] < self.data[m] {
                    m = c;
                }
                c += 1;
            }
            if !(self.data[m] < self.data[i]) {
                return;
            }
            self.data.swap(m, i);
            i = m;
        }
    }

    fn up(&mut self, start: usize) {
        let mut i = start;
        while i > 0 {
            let p = (i - 1) / D;
            if !(self.data[i] < self.data[p]) {
                return;
            }
            self.data.swap(i, p);
            i = p;
        }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let i = self.data.len() - 1;
        self.up(i);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let len = self.data.len();
        if len == 0 {
            return None;
        }
        self.data.swap(0, len - 1);
        let out = self.data.pop();
        self.down(0);
        out
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.data.get(0)
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
