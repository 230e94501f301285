// learner: optimal
// idiom: Standard ML student: free recursive functions sift_up / sift_down over a slice, parent/left/right as tiny helpers, bottom-up heapify as a reversed for over the internal nodes
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

fn parent(i: usize) -> usize {
    (i - 1) / 2
}
fn left(i: usize) -> usize {
    2 * i + 1
}
fn right(i: usize) -> usize {
    2 * i + 2
}

fn sift_up<T: Ord>(xs: &mut [T], i: usize) {
    if i > 0 && xs[i] < xs[parent(i)] {
        xs.swap(i, parent(i));
        sift_up(xs, parent(i));
    }
}

fn sift_down<T: Ord>(xs: &mut [T], i: usize) {
    let n = xs.len();
    let smallest = [left(i), right(i)]
        .into_iter()
        .filter(|&c| c < n)
        .fold(i, |best, c| if xs[c] < xs[best] { c } else { best });
    if smallest != i {
        xs.swap(i, smallest);
        sift_down(xs, smallest);
    }
}

fn heapify<T: Ord>(xs: &mut [T]) {
    // sift down every internal node, last one first
    // (a recursive countdown overflowed the stack on 65536 items)
    for i in (0..xs.len() / 2).rev() {
        sift_down(xs, i);
    }
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(mut items: Vec<T>) -> Self {
        heapify(&mut items);
        MinHeap { data: items }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        sift_up(&mut self.data, last);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        match self.data.len() {
            0 => None,
            n => {
                self.data.swap(0, n - 1);
                let top = self.data.pop();
                sift_down(&mut self.data, 0);
                top
            }
        }
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
