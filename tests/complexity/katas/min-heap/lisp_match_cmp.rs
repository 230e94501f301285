// learner: optimal
// idiom: Lisp-style: match-heavy sift on (left, right) existence and Ordering, pop as Option::map over mem::replace of the root
//! A binary min-heap: see README.md.

use std::cmp::Ordering;
use std::mem;

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// The items. Lay them out as you see fit (hint: level by level).
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        for i in (0..heap.data.len() / 2).rev() {
            heap.down(i);
        }
        heap
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.up(self.data.len() - 1);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        self.data.pop().map(|last| match self.data.is_empty() {
            true => last,
            false => {
                let root = mem::replace(&mut self.data[0], last);
                self.down(0);
                root
            }
        })
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.data.get(0)
    }

    /// Number of items in the heap.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Returns `true` if the heap holds no items.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn up(&mut self, mut i: usize) {
        while i > 0 {
            let p = (i - 1) / 2;
            match self.data[i].cmp(&self.data[p]) {
                Ordering::Less => {
                    self.data.swap(i, p);
                    i = p;
                }
                _ => return,
            }
        }
    }

    fn down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let child = match (l < n, r < n) {
                (false, _) => return,
                (true, false) => l,
                (true, true) => match self.data[r].cmp(&self.data[l]) {
                    Ordering::Less => r,
                    _ => l,
                },
            };
            match self.data[child].cmp(&self.data[i]) {
                Ordering::Less => {
                    self.data.swap(child, i);
                    i = child;
                }
                _ => return,
            }
        }
    }
}
