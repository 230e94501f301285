// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): keeps items unordered and scans for the minimum with an index loop on every pop (peek too)
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

    fn argmin(&self) -> Option<usize> {
        if self.data.is_empty() {
            return None;
        }
        let mut best = 0;
        let mut i = 1;
        while i < self.data.len() {
            if self.data[i] < self.data[best] {
                best = i;
            }
            i += 1;
        }
        Some(best)
    }

    pub fn pop(&mut self) -> Option<T> {
        let k = self.argmin()?;
        Some(self.data.swap_remove(k))
    }

    pub fn peek(&self) -> Option<&T> {
        self.argmin().map(|k| &self.data[k])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
