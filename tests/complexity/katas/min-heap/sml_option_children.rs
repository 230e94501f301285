// learner: optimal
// idiom: Standard ML student: children looked up with slice::get as Options and chosen by a match on (Some l, Some r | None); heapify as a rev-range for_each
// why:
//! A binary min-heap: see README.md.

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

/// The index of the smaller child of `i`, if `i` has any child.
fn smaller_child<T: Ord>(xs: &[T], i: usize) -> Option<usize> {
    let (l, r) = (2 * i + 1, 2 * i + 2);
    match (xs.get(l), xs.get(r)) {
        (None, _) => None,
        (Some(_), None) => Some(l),
        (Some(a), Some(b)) => Some(if b < a { r } else { l }),
    }
}

fn sink<T: Ord>(xs: &mut [T], mut i: usize) {
    while let Some(c) = smaller_child(xs, i).filter(|&c| xs[c] < xs[i]) {
        xs.swap(c, i);
        i = c;
    }
}

fn float<T: Ord>(xs: &mut [T], mut i: usize) {
    while let Some(p) = i.checked_sub(1).map(|j| j / 2).filter(|&p| xs[i] < xs[p]) {
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
    pub fn from_vec(mut items: Vec<T>) -> Self {
        (0..items.len() / 2).rev().for_each(|i| sink(&mut items, i));
        MinHeap { data: items }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        float(&mut self.data, last);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.pop()?;
        if self.data.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.data[0], last);
        sink(&mut self.data, 0);
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
