// learner: slow
// why: MinHeap::push and MinHeap::pop are O(log n) space, target O(1): sift_up and sift_down call themselves once per level (Rust does not promise tail calls), so the stack grows with the height (relabelled from optimal: the kata's space target, as the other recursive sifts)
// idiom: Raku enthusiast: recursive sift_down/sift_up methods (multi-dispatch in spirit: base case first), parent/child index helpers, heapify as a reversed range for_each
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

fn kids(i: usize) -> (usize, usize) {
    (2 * i + 1, 2 * i + 2)
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        (0..heap.data.len() / 2).rev().for_each(|i| heap.sift_down(i));
        heap
    }

    fn sift_up(&mut self, i: usize) {
        if i > 0 && self.data[i] < self.data[parent(i)] {
            self.data.swap(i, parent(i));
            self.sift_up(parent(i));
        }
    }

    fn sift_down(&mut self, i: usize) {
        let (l, r) = kids(i);
        let n = self.data.len();
        let smallest = [l, r]
            .into_iter()
            .filter(|&c| c < n)
            .fold(i, |best, c| if self.data[c] < self.data[best] { c } else { best });
        if smallest != i {
            self.data.swap(i, smallest);
            self.sift_down(smallest);
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.sift_up(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
        self.data.swap(0, last);
        let min = self.data.pop();
        if !self.data.is_empty() {
            self.sift_down(0);
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
