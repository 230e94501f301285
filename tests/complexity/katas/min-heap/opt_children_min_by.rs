// learner: optimal
// idiom: Vec-backed binary heap, sift_down picks the smaller child with min_by over the two child indices
//! A binary min-heap stored level by level in a Vec.

/// A priority queue that always hands out its smallest item first.
///
/// Invariant: for every index `i > 0`, `data[(i - 1) / 2] <= data[i]`; the children of `i`
/// are `2i + 1` and `2i + 2`. So `data[0]` is the minimum.
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
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    ///
    /// Bottom-up heapify: the leaves are already heaps; sift each internal node down, from the
    /// last one to the root. Half the nodes are leaves, a quarter sink at most one level, an
    /// eighth at most two, ...: the total work is n * (1/4 + 2/8 + 3/16 + ...) = O(n).
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        for i in (0..heap.data.len() / 2).rev() {
            heap.sift_down(i);
        }
        heap
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.sift_up(self.data.len() - 1);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        // Move the last leaf to the root, take the old root off the end, repair downwards.
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let min = self.data.pop();
        self.sift_down(0);
        min
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

    /// Moves `data[i]` up while it is smaller than its parent.
    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / 2;
            if self.data[i] >= self.data[parent] {
                break;
            }
            self.data.swap(i, parent);
            i = parent;
        }
    }

    /// Moves `data[i]` down while a child is smaller, always swapping with the smaller child.
    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let Some(child) = [2 * i + 1, 2 * i + 2]
                .into_iter()
                .filter(|&c| c < n)
                .min_by(|&a, &b| self.data[a].cmp(&self.data[b]))
            else {
                break;
            };
            if self.data[child] >= self.data[i] {
                break;
            }
            self.data.swap(i, child);
            i = child;
        }
    }
}
