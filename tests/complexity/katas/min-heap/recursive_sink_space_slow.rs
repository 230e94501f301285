// learner: slow
// why: MinHeap::push/pop/from_vec are O(log n) extra space, target O(1): swim/sink recurse once per level (Rust guarantees no tail-call elimination), so the call stack grows with the height
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
        Self { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = Self { data: items };
        let internal = h.data.len() / 2;
        (0..internal).rev().for_each(|i| h.sink(i));
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.swim(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        match self.data.len() {
            0 => None,
            1 => self.data.pop(),
            _ => {
                let smallest = self.data.swap_remove(0);
                self.sink(0);
                Some(smallest)
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    /// argmin over the (at most two) children of i
    fn smaller_child(&self, i: usize) -> Option<usize> {
        let n = self.data.len();
        [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|&c| c < n)
            .min_by(|&a, &b| self.data[a].cmp(&self.data[b]))
    }

    fn sink(&mut self, i: usize) {
        match self.smaller_child(i) {
            Some(c) if self.data[c] < self.data[i] => {
                self.data.swap(c, i);
                self.sink(c);
            }
            _ => {}
        }
    }

    fn swim(&mut self, i: usize) {
        if i == 0 {
            return;
        }
        let p = (i - 1) / 2;
        if self.data[i] < self.data[p] {
            self.data.swap(i, p);
            self.swim(p);
        }
    }

    /// Number of items in the heap.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Returns `true` if the heap holds no items.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
