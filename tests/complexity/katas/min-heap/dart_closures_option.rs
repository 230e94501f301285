// learner: optimal
// idiom: Dart-style: small index closures (parent/children), Option chaining (first, filter, min_by over the two-child array), swap_remove in pop, (0..n/2).rev().for_each for heapify
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
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
        Self { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        let half = heap.data.len() / 2;
        (0..half).rev().for_each(|i| heap.sink(i));
        heap
    }

    fn smaller_child(&self, i: usize) -> Option<usize> {
        let len = self.data.len();
        let data = &self.data;
        [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|&c| c < len)
            .min_by(|&a, &b| data[a].cmp(&data[b]))
    }

    fn sink(&mut self, mut i: usize) {
        while let Some(c) = self.smaller_child(i).filter(|&c| self.data[c] < self.data[i]) {
            self.data.swap(i, c);
            i = c;
        }
    }

    fn swim(&mut self, mut i: usize) {
        let parent = |i: usize| (i > 0).then(|| (i - 1) / 2);
        while let Some(p) = parent(i).filter(|&p| self.data[i] < self.data[p]) {
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
