// learner: slow
// idiom: Mojo: one bulk "build" kernel reused everywhere; push appends and re-runs the whole bottom-up heapify
// why: push re-heapifies the entire buffer: O(n) per push instead of O(log n), O(n^2) for n pushes

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
fn sift_down<T: Ord>(data: &mut [T], mut i: usize) {
    let n = data.len();
    loop {
        let l = 2 * i + 1;
        if l >= n {
            return;
        }
        let mut c = l;
        if l + 1 < n && data[l + 1] < data[l] {
            c = l + 1;
        }
        if data[c] < data[i] {
            data.swap(c, i);
            i = c;
        } else {
            return;
        }
    }
}

#[inline(always)]
fn build<T: Ord>(data: &mut [T]) {
    let mut i = data.len() / 2;
    while i > 0 {
        i -= 1;
        sift_down(data, i);
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        build(&mut h.data);
        h
    }

    pub fn push(&mut self, item: T) {
        // simplest correct thing: append, rebuild
        self.data.push(item);
        build(&mut self.data);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        sift_down(&mut self.data, 0);
        Some(top)
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
