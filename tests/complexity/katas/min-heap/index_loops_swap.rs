// learner: optimal
// idiom: Ada/SPARK safety engineer: explicit parent/child index arithmetic in named helpers, iterative sift-up and sift-down loops with stated loop invariants, bottom-up heapify from the last internal node
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// Invariant: for every i > 0, data[parent(i)] <= data[i].
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

fn left_child(i: usize) -> usize {
    2 * i + 1
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        let n = heap.data.len();
        if n > 1 {
            // Nodes n/2 .. n-1 are leaves and trivially heaps.
            let mut i = n / 2;
            while i > 0 {
                i -= 1;
                heap.sift_down(i);
            }
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.sift_up(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let smallest = self.data.pop();
        if !self.data.is_empty() {
            self.sift_down(0);
        }
        smallest
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    /// Moves data[i] up until its parent is not larger.
    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let p = parent(i);
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    /// Moves data[i] down until no child is smaller. Precondition: both subtrees of i are heaps.
    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let l = left_child(i);
            if l >= n {
                break;
            }
            let r = l + 1;
            let mut smaller = l;
            if r < n && self.data[r] < self.data[l] {
                smaller = r;
            }
            if self.data[smaller] < self.data[i] {
                self.data.swap(i, smaller);
                i = smaller;
            } else {
                break;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
