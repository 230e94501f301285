// learner: optimal
// idiom: iterative free functions on &mut [T], `for i in (0..n/2).rev()` heapify, split_first-free pop via swap + pop, match on Ordering
//! A binary min-heap: see README.md.

use std::cmp::Ordering;

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Moves `v[pos]` down until both children are >= it.
fn percolate_down<T: Ord>(v: &mut [T], mut pos: usize) {
    let len = v.len();
    while 2 * pos + 1 < len {
        let left = 2 * pos + 1;
        let right = left + 1;
        let child = if right < len {
            match v[right].cmp(&v[left]) {
                Ordering::Less => right,
                _ => left,
            }
        } else {
            left
        };
        match v[child].cmp(&v[pos]) {
            Ordering::Less => {
                v.swap(child, pos);
                pos = child;
            }
            _ => break,
        }
    }
}

/// Moves `v[pos]` up while it is smaller than its parent.
fn percolate_up<T: Ord>(v: &mut [T], mut pos: usize) {
    while pos > 0 {
        let parent = (pos - 1) / 2;
        match v[pos].cmp(&v[parent]) {
            Ordering::Less => {
                v.swap(pos, parent);
                pos = parent;
            }
            _ => break,
        }
    }
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let n = data.len();
        for i in (0..n / 2).rev() {
            percolate_down(&mut data, i);
        }
        MinHeap { data }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        percolate_up(&mut self.data, at);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
        self.data.swap(0, last);
        let top = self.data.pop();
        percolate_down(&mut self.data, 0);
        top
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    /// Number of items in the heap.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Returns `true` if the heap holds no items.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
