// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): takes the root with Vec::remove(0) and puts the last item back with Vec::insert(0, ..), each shifting the whole array
//! A binary min-heap: see README.md.

trait HeapOrder {
    fn sift_up(&mut self, at: usize);
    fn sift_down(&mut self, at: usize);
}

impl<T: Ord> HeapOrder for [T] {
    fn sift_up(&mut self, mut at: usize) {
        while at > 0 {
            let parent = (at - 1) / 2;
            if self[at] >= self[parent] {
                break;
            }
            self.swap(at, parent);
            at = parent;
        }
    }

    fn sift_down(&mut self, mut at: usize) {
        let len = self.len();
        'sink: loop {
            let left = 2 * at + 1;
            if left >= len {
                break 'sink;
            }
            let right = left + 1;
            let smaller = if right < len && self[right] < self[left] { right } else { left };
            if self[smaller] >= self[at] {
                break 'sink;
            }
            self.swap(at, smaller);
            at = smaller;
        }
    }
}

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
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        let mut i = heap.data.len() / 2;
        while i > 0 {
            i -= 1;
            heap.data.sift_down(i);
        }
        heap
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.data.sift_up(last);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.remove(0);
        if let Some(last) = self.data.pop() {
            self.data.insert(0, last);
            self.data.sift_down(0);
        }
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
