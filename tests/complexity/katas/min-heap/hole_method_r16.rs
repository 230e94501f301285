// learner: optimal
// idiom: match on cmp::Ordering everywhere, swap_remove for pop, bounded down(node, end) helper, inline push loop with shifts
//! A binary min-heap: see README.md.

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
        Self { data: Vec::with_capacity(16) }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        if heap.data.len() > 1 {
            for node in (0..=(heap.data.len() - 2) / 2).rev() {
                heap.down(node, heap.data.len());
            }
        }
        heap
    }

    fn down(&mut self, mut node: usize, end: usize) {
        loop {
            let l = 2 * node + 1;
            if l >= end {
                return;
            }
            let child = match self.data.get(l + 1) {
                Some(r) if l + 1 < end && r.cmp(&self.data[l]) == Ordering::Less => l + 1,
                _ => l,
            };
            match self.data[child].cmp(&self.data[node]) {
                Ordering::Less => {
                    self.data.swap(child, node);
                    node = child;
                }
                _ => return,
            }
        }
    }

    pub fn push(&mut self, item: T) {
        let mut pos = self.data.len();
        self.data.push(item);
        while pos > 0 {
            let up = (pos - 1) >> 1;
            match self.data[pos].cmp(&self.data[up]) {
                Ordering::Less => {
                    self.data.swap(pos, up);
                    pos = up;
                }
                Ordering::Equal | Ordering::Greater => break,
            }
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let out = self.data.swap_remove(0);
        let len = self.data.len();
        self.down(0, len);
        Some(out)
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
