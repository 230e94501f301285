// learner: optimal
// idiom: match-heavy sift_down on slice.get() of both children, Ordering arms as rules, loop with labelled breaks
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// The items, level by level.
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

use std::cmp::Ordering::{self, Greater, Less};

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::with_capacity(0) }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        for i in (0..h.data.len() / 2).rev() {
            h.down(i);
        }
        h
    }

    pub fn push(&mut self, item: T) {
        let mut i = self.data.len();
        self.data.push(item);
        'up: loop {
            if i == 0 {
                break 'up;
            }
            let p = (i - 1) >> 1;
            match self.data[i].cmp(&self.data[p]) {
                Less => {
                    self.data.swap(i, p);
                    i = p;
                }
                _ => break 'up,
            }
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        match n {
            0 => None,
            1 => self.data.pop(),
            _ => {
                self.data.swap(0, n - 1);
                let out = self.data.pop();
                self.down(0);
                out
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

    fn down(&mut self, mut i: usize) {
        loop {
            let l = 2 * i + 1;
            let pick = match (self.data.get(l), self.data.get(l + 1)) {
                (None, _) => return,
                (Some(_), None) => l,
                (Some(a), Some(b)) => match a.cmp(b) {
                    Greater => l + 1,
                    _ => l,
                },
            };
            let o: Ordering = self.data[pick].cmp(&self.data[i]);
            match o {
                Less => {
                    self.data.swap(pick, i);
                    i = pick;
                }
                _ => return,
            }
        }
    }
}
