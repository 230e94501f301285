// learner: optimal
// idiom: C++-style: recursive sift_down (like std::__adjust_heap), sift_up via successors view of ancestors, match on Ordering
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
        Self { data: Vec::new() }
    }

    fn heapify_at(&mut self, i: usize) {
        let (l, r, n) = (2 * i + 1, 2 * i + 2, self.data.len());
        let pick = match (l < n, r < n) {
            (false, _) => return,
            (true, false) => l,
            (true, true) => match self.data[l].cmp(&self.data[r]) {
                Ordering::Greater => r,
                _ => l,
            },
        };
        if let Ordering::Less = self.data[pick].cmp(&self.data[i]) {
            self.data.swap(pick, i);
            self.heapify_at(pick);
        }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = Self { data: items };
        for i in (0..h.data.len() / 2).rev() {
            h.heapify_at(i);
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let start = self.data.len() - 1;
        let path = std::iter::successors(Some(start), |&i| (i > 0).then(|| (i - 1) / 2));
        let mut child = start;
        for parent in path.skip(1) {
            if self.data[child] >= self.data[parent] {
                break;
            }
            self.data.swap(child, parent);
            child = parent;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        self.heapify_at(0);
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
