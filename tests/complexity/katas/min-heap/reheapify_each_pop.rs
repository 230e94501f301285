// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): after taking the root it rebuilds the whole heap bottom-up instead of sifting one path
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
        let mut h = MinHeap { data: items };
        h.heapify();
        h
    }

    fn heapify(&mut self) {
        let n = self.data.len();
        for start in (0..n / 2).rev() {
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
                    break;
                }
                self.data.swap(i, m);
                i = m;
            }
        }
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
        // the old last element is now at the root: just rebuild the heap
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
