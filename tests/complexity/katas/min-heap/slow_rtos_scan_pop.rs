// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items stay unordered and pop scans the whole buffer for the minimum slot
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

    /// Keeps the minimum at slot 0 (one pass), the rest is an unordered pool.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let min = Self::min_slot(&data);
        if let Some(m) = min {
            data.swap(0, m);
        }
        MinHeap { data }
    }

    fn min_slot(buf: &[T]) -> Option<usize> {
        if buf.is_empty() {
            return None;
        }
        let mut best = 0usize;
        let mut i = 1usize;
        while i < buf.len() {
            if buf[i] < buf[best] {
                best = i;
            }
            i += 1;
        }
        Some(best)
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        if self.data[last] < self.data[0] {
            self.data.swap(0, last);
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let out = self.data.swap_remove(0);
        if let Some(m) = Self::min_slot(&self.data) {
            self.data.swap(0, m);
        }
        Some(out)
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
