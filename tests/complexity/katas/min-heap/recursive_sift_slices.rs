// learner: slow
// why: MinHeap::push/pop/from_vec are O(log n) space, target O(1): the recursive sifts keep one stack frame per level (relabelled by the lead, as the corpus's recursive_sink_swim; the time was a false alarm, fixed)
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

fn sift_up<T: Ord>(v: &mut [T], i: usize) {
    if i == 0 {
        return;
    }
    let parent = (i - 1) / 2;
    if v[i] < v[parent] {
        v.swap(i, parent);
        sift_up(v, parent);
    }
}

fn sift_down<T: Ord>(v: &mut [T], i: usize) {
    let smallest = [2 * i + 1, 2 * i + 2]
        .into_iter()
        .filter(|&c| c < v.len())
        .fold(i, |best, c| if v[c] < v[best] { c } else { best });
    if smallest != i {
        v.swap(i, smallest);
        sift_down(v, smallest);
    }
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        Self { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(mut items: Vec<T>) -> Self {
        (0..items.len() / 2).rev().for_each(|i| sift_down(&mut items, i));
        Self { data: items }
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
