// learner: optimal
// idiom: `while let` sifts driven by Option chaining (get/filter/map_or picks the child/parent), iterator-driven heapify over (0..n/2).rev(), mem::replace in pop
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

fn parent_of(i: usize) -> Option<usize> {
    i.checked_sub(1).map(|j| j / 2)
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        let half = heap.data.len() / 2;
        (0..half).rev().for_each(|i| heap.bubble_down(i));
        heap
    }

    /// index of the smaller child, if there is any child at all
    fn smaller_child(&self, i: usize) -> Option<usize> {
        let left = 2 * i + 1;
        let right = left + 1;
        self.data.get(left).map(|l| {
            let right_is_smaller = self.data.get(right).map_or(false, |r| r < l);
            if right_is_smaller { right } else { left }
        })
    }

    fn bubble_down(&mut self, mut i: usize) {
        while let Some(c) = self.smaller_child(i).filter(|&c| self.data[c] < self.data[i]) {
            self.data.swap(i, c);
            i = c;
        }
    }

    fn bubble_up(&mut self, mut i: usize) {
        while let Some(p) = parent_of(i).filter(|&p| self.data[i] < self.data[p]) {
            self.data.swap(i, p);
            i = p;
        }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.bubble_up(self.data.len() - 1);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.pop()?;
        if self.data.is_empty() {
            return Some(last);
        }
        // put the last one at the root and let it sink
        let top = std::mem::replace(&mut self.data[0], last);
        self.bubble_down(0);
        Some(top)
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
