// learner: slow
// idiom: Clojure developer: the "heap" is just a bag (unsorted Vec); peek and pop find the minimum with iterator min / position, pop removes it with swap_remove
// why: pop and peek scan all n items for the minimum: O(n) per call, O(n^2) to drain, vs the O(log n) / O(1) targets (push and from_vec are O(1) because nothing is ordered)
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
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn min_index(&self) -> Option<usize> {
        self.data
            .iter()
            .enumerate()
            .reduce(|best, cur| if cur.1 < best.1 { cur } else { best })
            .map(|(i, _)| i)
    }

    pub fn pop(&mut self) -> Option<T> {
        self.min_index().map(|i| self.data.swap_remove(i))
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.iter().min()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
