// learner: optimal
// idiom: Dart-ish: tiny index helpers returning Option, smaller child picked with an iterator over [left, right], recursive sift
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn parent_of(i: usize) -> Option<usize> {
    (i > 0).then(|| (i - 1) / 2)
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        (0..heap.data.len() / 2).rev().for_each(|i| heap.sink(i));
        heap
    }

    fn smaller_child(&self, i: usize) -> Option<usize> {
        [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|&c| c < self.data.len())
            .min_by(|&a, &b| self.data[a].cmp(&self.data[b]))
    }

    fn sink(&mut self, i: usize) {
        if let Some(c) = self.smaller_child(i).filter(|&c| self.data[c] < self.data[i]) {
            self.data.swap(c, i);
            self.sink(c);
        }
    }

    fn swim(&mut self, i: usize) {
        if let Some(p) = parent_of(i).filter(|&p| self.data[i] < self.data[p]) {
            self.data.swap(i, p);
            self.swim(p);
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.swim(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let smallest = self.data.swap_remove(0);
        if !self.data.is_empty() {
            self.sink(0);
        }
        Some(smallest)
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
