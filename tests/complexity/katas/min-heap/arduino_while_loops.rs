// learner: optimal
// idiom: Arduino hobbyist: everything inline in the methods with while(true) loops, index arithmetic (i*2+1) and swaps, no helper functions beyond one sink routine
// why:
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

    fn sink(&mut self, start: usize) {
        let n = self.data.len();
        let mut i = start;
        loop {
            let l = i * 2 + 1;
            if l >= n {
                break;
            }
            let r = l + 1;
            let mut kid = l;
            if r < n && self.data[r] < self.data[l] {
                kid = r;
            }
            if self.data[kid] < self.data[i] {
                self.data.swap(kid, i);
                i = kid;
            } else {
                break;
            }
        }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let mut i = h.data.len() / 2;
        while i > 0 {
            i -= 1;
            h.sink(i);
        }
        h
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

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        if !self.data.is_empty() {
            self.sink(0);
        }
        Some(top)
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() {
            None
        } else {
            Some(&self.data[0])
        }
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
