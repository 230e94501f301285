// learner: slow
// idiom: RPG IV: items kept unsorted in the array; pop and peek DOW-loop over all entries to find the lowest, like a manual %LOOKUP for the minimum
// why: pop and peek scan all n items for the minimum: O(n) per call, O(n^2) to drain the heap, instead of O(log n) / O(1)
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
        // nothing to arrange: the minimum is found when asked for
        MinHeap { data: items }
    }

    fn ix_lowest(&self) -> Option<usize> {
        let w_n = self.data.len();
        if w_n == 0 {
            return None;
        }
        let mut w_lo: usize = 0;
        let mut ix: usize = 1;
        while ix < w_n {
            if self.data[ix] < self.data[w_lo] {
                w_lo = ix;
            }
            ix += 1;
        }
        Some(w_lo)
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    pub fn pop(&mut self) -> Option<T> {
        let w_lo = self.ix_lowest()?;
        Some(self.data.swap_remove(w_lo))
    }

    pub fn peek(&self) -> Option<&T> {
        match self.ix_lowest() {
            Some(ix) => Some(&self.data[ix]),
            None => None,
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
