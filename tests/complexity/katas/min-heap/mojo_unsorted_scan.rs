// learner: slow
// idiom: Mojo: unsorted flat buffer with a cached argmin; push is an O(1) append, pop swap_removes and rescans the buffer
// why: every pop rescans all n items for the new minimum with a hand-written index loop: O(n) per pop, O(n^2) to drain

//! "Heap" as an unsorted buffer: see README.md.

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
    min_at: usize,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[inline(always)]
fn argmin<T: Ord>(data: &[T]) -> usize {
    let mut best = 0;
    let mut i = 1;
    while i < data.len() {
        if data[i] < data[best] {
            best = i;
        }
        i += 1;
    }
    best
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new(), min_at: 0 }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        // n - 1 comparisons, reuses the buffer
        let min_at = argmin(&items);
        MinHeap { data: items, min_at }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        if last == 0 || self.data[last] < self.data[self.min_at] {
            self.min_at = last;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(self.min_at);
        self.min_at = argmin(&self.data);
        Some(top)
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.get(self.min_at)
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
