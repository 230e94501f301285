// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items are kept unsorted and pop scans them all with an index loop (peek too)
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
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn min_idx(&self) -> usize {
        let mut m = 0usize;
        let mut i = 1usize;
        while i < self.data.len() {
            if self.data[i] < self.data[m] {
                m = i;
            }
            i += 1;
        }
        m
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let m = self.min_idx();
        Some(self.data.swap_remove(m))
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() {
            return None;
        }
        Some(&self.data[self.min_idx()])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
