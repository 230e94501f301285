// learner: optimal
// idiom: CLRS chapter 6 transcribed: PARENT/LEFT/RIGHT helpers, recursive MIN-HEAPIFY, BUILD-MIN-HEAP with a downto loop, HEAP-INSERT with a while loop
//! A binary min-heap: see README.md.

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

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// MIN-HEAPIFY(A, i)
    fn min_heapify(&mut self, i: usize) {
        let heap_size = self.data.len();
        let l = left(i);
        let r = right(i);
        let mut smallest = i;
        if l < heap_size && self.data[l] < self.data[smallest] {
            smallest = l;
        }
        if r < heap_size && self.data[r] < self.data[smallest] {
            smallest = r;
        }
        if smallest != i {
            self.data.swap(i, smallest);
            self.min_heapify(smallest);
        }
    }

    /// BUILD-MIN-HEAP(A)
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        let n = heap.data.len();
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            heap.min_heapify(i);
        }
        heap
    }

    /// MIN-HEAP-INSERT(A, key)
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 && self.data[parent(i)] > self.data[i] {
            self.data.swap(i, parent(i));
            i = parent(i);
        }
    }

    /// HEAP-EXTRACT-MIN(A)
    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let min = self.data.pop();
        if !self.data.is_empty() {
            self.min_heapify(0);
        }
        min
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
