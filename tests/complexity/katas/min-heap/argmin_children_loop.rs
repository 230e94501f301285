// learner: optimal
// idiom: NumPy "argmin over a tiny window": [left, right].into_iter().filter(in-bounds).min_by(...) picks the child inside a while-let loop; swap_remove for pop; match on len
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
        let mut i = self.data.len() - 1;
        while i > 0 && self.data[i] < self.data[(i - 1) / 2] {
            self.data.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
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

    fn sink(&mut self, mut i: usize) {
        while let Some(c) = self.smaller_child(i) {
            if self.data[c] >= self.data[i] {
                break;
            }
            self.data.swap(c, i);
            i = c;
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
