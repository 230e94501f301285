// learner: optimal
// idiom: Lisp-style: free functions over slices, smaller-child chosen from a two-element array with filter/min_by_key, swap_remove pop
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
    (i > 0).then(|| (i - 1) / 2)
}

fn smaller_child<T: Ord>(xs: &[T], i: usize) -> Option<usize> {
    [2 * i + 1, 2 * i + 2]
        .into_iter()
        .filter(|&c| c < xs.len())
        .min_by(|&a, &b| xs[a].cmp(&xs[b]))
}

fn sift_down<T: Ord>(xs: &mut [T], mut i: usize) {
    while let Some(c) = smaller_child(xs, i).filter(|&c| xs[c] < xs[i]) {
        xs.swap(i, c);
        i = c;
    }
}

fn sift_up<T: Ord>(xs: &mut [T], mut i: usize) {
    while let Some(p) = parent_of(i).filter(|&p| xs[i] < xs[p]) {
        xs.swap(i, p);
        i = p;
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
        (0..data.len() / 2).rev().for_each(|i| sift_down(&mut data, i));
        MinHeap { data }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        sift_up(&mut self.data, last);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        sift_down(&mut self.data, 0);
        Some(top)
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
