// learner: optimal
// idiom: match on (data.get(l), data.get(r)) Option tuples to pick the child, while-let sift loops, for_each over a reversed range for heapify, Option::map for pop
//! A binary min-heap: see README.md.

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
        let mut me = Self { data: items };
        let half = me.data.len() / 2;
        (0..half).rev().for_each(|i| me.down(i));
        me
    }

    fn smaller_child(&self, i: usize) -> Option<usize> {
        let (l, r) = (2 * i + 1, 2 * i + 2);
        match (self.data.get(l), self.data.get(r)) {
            (Some(a), Some(b)) if b < a => Some(r),
            (Some(_), _) => Some(l),
            (None, _) => None,
        }
    }

    fn down(&mut self, mut i: usize) {
        while let Some(c) = self.smaller_child(i) {
            if self.data[c] < self.data[i] {
                self.data.swap(c, i);
                i = c;
            } else {
                return;
            }
        }
    }

    fn parent_if_larger(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).map(|j| j / 2).filter(|&p| self.data[p] > self.data[i])
    }

    fn up(&mut self, mut i: usize) {
        while let Some(p) = self.parent_if_larger(i) {
            self.data.swap(p, i);
            i = p;
        }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.up(self.data.len() - 1);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let out = self.data.pop();
        self.down(0);
        out
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
}
