// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items are kept unordered and every pop/peek scans for the smallest with a For loop
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

    fn find_index_of_smallest(&self) -> Option<usize> {
        let item_count = self.data.len();
        if item_count == 0 {
            return None;
        }
        let mut smallest_index: usize = 0;
        let mut candidate_index: usize = 1;
        while candidate_index < item_count {
            if self.data[candidate_index] < self.data[smallest_index] {
                smallest_index = candidate_index;
            }
            candidate_index += 1;
        }
        Some(smallest_index)
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    pub fn pop(&mut self) -> Option<T> {
        match self.find_index_of_smallest() {
            Some(smallest_index) => Some(self.data.swap_remove(smallest_index)),
            None => None,
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.find_index_of_smallest() {
            Some(smallest_index) => Some(&self.data[smallest_index]),
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
