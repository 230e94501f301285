// learner: slow
// why: MinHeap::from_vec is O(n) space, target O(1): moves every item into a freshly allocated Vec instead of heapifying the given buffer in place
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
        let mut heap = MinHeap::new();
        heap.data.reserve(items.len());
        for item in items {
            heap.data.push(item);
        }
        let mut i = heap.data.len() / 2;
        while i > 0 {
            i -= 1;
            heap.sift_down(i);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 && self.data[i] < self.data[(i - 1) / 2] {
            self.data.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let item = self.data.swap_remove(0);
        self.sift_down(0);
        Some(item)
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

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        while 2 * i + 1 < n {
            let mut c = 2 * i + 1;
            if c + 1 < n && self.data[c + 1] < self.data[c] {
                c += 1;
            }
            if self.data[i] <= self.data[c] {
                return;
            }
            self.data.swap(i, c);
            i = c;
        }
    }
}
