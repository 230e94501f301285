// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): after taking the root it re-heapifies the whole Vec instead of sifting one path
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// The items, level by level.
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
            let mut at = i;
            loop {
                let l = 2 * at + 1;
                if l >= self.data.len() {
                    break;
                }
                let c = if l + 1 < self.data.len() && self.data[l + 1] < self.data[l] { l + 1 } else { l };
                if self.data[c] < self.data[at] {
                    self.data.swap(c, at);
                    at = c;
                } else {
                    break;
                }
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
        // the order got disturbed: heapify again, heapify is O(n) anyway
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
