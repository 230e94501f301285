// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): items stay unordered and pop/peek find the minimum with a fold over every index
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
        // Nothing to do: the minimum is found when asked for.
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
    }

    fn min_index(&self) -> Option<usize> {
        (1..self.data.len())
            .fold((!self.data.is_empty()).then_some(0), |best, i| match best {
                Some(b) if self.data[b] <= self.data[i] => Some(b),
                _ => Some(i),
            })
    }

    pub fn pop(&mut self) -> Option<T> {
        self.min_index().map(|i| self.data.swap_remove(i))
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
