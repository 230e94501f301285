// learner: optimal
// idiom: Raku enthusiast: a 4-ary heap (shallower, cache-friendlier) with the arity as a const, children found with min_by over a range slice, iterator-driven sift loops
//! A binary min-heap: see README.md.
//! (Laid out as a 4-ary heap: same contract, height log4 n.)

const ARITY: usize = 4;

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
        let last_parent = h.data.len().saturating_sub(2) / ARITY;
        if h.data.len() > 1 {
            (0..=last_parent).rev().for_each(|i| h.sink(i));
        }
        h
    }

    fn smallest_child(&self, i: usize) -> Option<usize> {
        let first = ARITY * i + 1;
        let kids = first..(first + ARITY).min(self.data.len());
        kids.min_by(|&a, &b| self.data[a].cmp(&self.data[b]))
    }

    fn sink(&mut self, mut i: usize) {
        while let Some(c) = self.smallest_child(i).filter(|&c| self.data[c] < self.data[i]) {
            self.data.swap(i, c);
            i = c;
        }
    }

    fn swim(&mut self, mut i: usize) {
        while let Some(p) = i.checked_sub(1).map(|j| j / ARITY).filter(|&p| self.data[i] < self.data[p]) {
            self.data.swap(i, p);
            i = p;
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.swim(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        self.sink(0);
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
