// learner: optimal
// idiom: C-style index arithmetic, `loop` with explicit breaks, slice swap, private sift helpers
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
        let n = h.data.len();
        if n > 1 {
            let mut i: usize = n / 2;
            loop {
                i -= 1;
                h.sift_down(i);
                if i == 0 {
                    break;
                }
            }
        }
        h
    }

    fn sift_up(&mut self, mut i: usize) {
        loop {
            if i == 0 {
                break;
            }
            let p = (i - 1) / 2;
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let r = l + 1;
            let mut c = l;
            if r < n && self.data[r] < self.data[l] {
                c = r;
            }
            if self.data[c] < self.data[i] {
                self.data.swap(c, i);
                i = c;
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
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let top = self.data.pop();
        if n > 1 {
            self.sift_down(0);
        }
        top
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
