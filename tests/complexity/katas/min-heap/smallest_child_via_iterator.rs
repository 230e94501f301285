// learner: optimal
// idiom: Tcl/Tk tools engineer: methods on the heap itself, smallest child picked with an iterator over the child index range, `swap_remove` for pop
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
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        for node in (0..heap.data.len() / 2).rev() {
            heap.sink(node);
        }
        heap
    }

    /// Index of the smaller child of `node`, if it has any children.
    fn smaller_child(&self, node: usize) -> Option<usize> {
        let first = 2 * node + 1;
        let stop = (first + 2).min(self.data.len());
        (first..stop).min_by(|&a, &b| self.data[a].cmp(&self.data[b]))
    }

    fn sink(&mut self, mut node: usize) {
        while let Some(child) = self.smaller_child(node) {
            if self.data[child] >= self.data[node] {
                return;
            }
            self.data.swap(child, node);
            node = child;
        }
    }

    fn float(&mut self, mut node: usize) {
        while node > 0 {
            let up = (node - 1) / 2;
            if self.data[up] <= self.data[node] {
                return;
            }
            self.data.swap(up, node);
            node = up;
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.float(self.data.len() - 1);
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
