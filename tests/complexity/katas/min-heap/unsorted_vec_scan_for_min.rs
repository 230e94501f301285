// learner: slow
// idiom: Tcl/Tk tools engineer: keep a plain list, `lappend` on push and scan the whole list for the minimum on pop/peek
// why: pop and peek are O(n) (linear scan for the minimum) vs the O(log n)/O(1) targets; draining n items is O(n^2)
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

    /// No ordering kept at all, so nothing to build.
    pub fn from_vec(items: Vec<T>) -> Self {
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn min_index(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for i in 0..self.data.len() {
            match best {
                Some(b) if self.data[b] <= self.data[i] => {}
                _ => best = Some(i),
            }
        }
        best
    }

    pub fn pop(&mut self) -> Option<T> {
        let i = self.min_index()?;
        Some(self.data.swap_remove(i))
    }

    pub fn peek(&self) -> Option<&T> {
        self.min_index().map(|i| &self.data[i])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
