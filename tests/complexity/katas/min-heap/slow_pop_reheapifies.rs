// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): after removing the root it re-runs the whole bottom-up heapify instead of one sift-down
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

    fn heapify(&mut self) {
        for i in (0..self.data.len() / 2).rev() {
            self.sift_down(i);
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
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

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        heap.heapify();
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
        let top = self.data.swap_remove(0);
        self.heapify();
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
}
