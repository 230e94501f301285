// learner: slow
// idiom: Ada/SPARK safety engineer: one trusted procedure (heapify) re-establishes the heap invariant over the whole array after every push, instead of a second sift routine
// why: push appends then re-runs bottom-up heapify over all n items: O(n) per push instead of O(log n) (from_vec O(n), pop O(log n) and peek O(1) are on target)
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
        heap.heapify();
        heap
    }

    /// Establishes the invariant data[(i-1)/2] <= data[i] for the whole array.
    fn heapify(&mut self) {
        let mut i = self.data.len() / 2;
        while i > 0 {
            i -= 1;
            self.sift_down(i);
        }
    }

    fn sift_down(&mut self, start: usize) {
        let n = self.data.len();
        let mut i = start;
        loop {
            let l = 2 * i + 1;
            let r = l + 1;
            let mut m = i;
            if l < n && self.data[l] < self.data[m] {
                m = l;
            }
            if r < n && self.data[r] < self.data[m] {
                m = r;
            }
            if m == i {
                return;
            }
            self.data.swap(i, m);
            i = m;
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.heapify();
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let result = self.data.pop();
        self.sift_down(0);
        result
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
}
