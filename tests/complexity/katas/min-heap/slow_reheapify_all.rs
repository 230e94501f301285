// learner: slow
// why: MinHeap::push and MinHeap::pop are O(n) time, target O(log n): re-heapifies the whole vector after every push and pop
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
        for start in (0..self.data.len() / 2).rev() {
            let mut i = start;
            loop {
                let (l, r) = (2 * i + 1, 2 * i + 2);
                let mut m = i;
                if l < self.data.len() && self.data[l] < self.data[m] {
                    m = l;
                }
                if r < self.data.len() && self.data[r] < self.data[m] {
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

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        h.heapify();
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.heapify();
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
