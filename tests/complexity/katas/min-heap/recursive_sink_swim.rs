// learner: slow
// why: MinHeap::push/pop are O(log n) space, target O(1): recursive swim/sink keeps one stack frame per tree level
use std::cmp::Ordering;

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
        Self { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        (0..heap.data.len() / 2).rev().for_each(|i| heap.sink(i));
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.swim(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        match self.data.len() {
            0 => None,
            1 => self.data.pop(),
            n => {
                self.data.swap(0, n - 1);
                let min = self.data.pop();
                self.sink(0);
                min
            }
        }
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

    fn swim(&mut self, i: usize) {
        if i == 0 {
            return;
        }
        let p = (i - 1) / 2;
        if self.data[i].cmp(&self.data[p]) == Ordering::Less {
            self.data.swap(i, p);
            self.swim(p);
        }
    }

    fn sink(&mut self, i: usize) {
        let n = self.data.len();
        let child = [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|&c| c < n)
            .min_by(|&a, &b| self.data[a].cmp(&self.data[b]));
        if let Some(c) = child {
            if self.data[c] < self.data[i] {
                self.data.swap(c, i);
                self.sink(c);
            }
        }
    }
}
