// learner: optimal
// idiom: Mojo: flat Vec buffer, tiny #[inline(always)] index helpers, iterative sift loops with swaps
// why: from_vec is bottom-up heapify O(n); push/pop walk one root-to-leaf path O(log n); peek reads index 0

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

#[inline(always)]
fn parent(i: usize) -> usize {
    (i - 1) >> 1
}

#[inline(always)]
fn left(i: usize) -> usize {
    (i << 1) + 1
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        let n = heap.data.len();
        // leaves are already heaps; sift every internal node, last one first
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            heap.sift_down(i);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.sift_up(last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let top = self.data.pop();
        if !self.data.is_empty() {
            self.sift_down(0);
        }
        top
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

    #[inline(always)]
    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let p = parent(i);
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    #[inline(always)]
    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let l = left(i);
            if l >= n {
                break;
            }
            let r = l + 1;
            let mut small = l;
            if r < n && self.data[r] < self.data[l] {
                small = r;
            }
            if self.data[small] < self.data[i] {
                self.data.swap(i, small);
                i = small;
            } else {
                break;
            }
        }
    }
}
