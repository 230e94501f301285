// learner: optimal
// idiom: Mojo: 4-ary heap so the children of a node sit in one contiguous run of the buffer (cache-line friendly), still one flat Vec
// why: height log4 n, at most 3 child compares per level: push/pop O(log n); bottom-up heapify O(n)

//! A (4-ary) min-heap: see README.md.

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

const ARITY: usize = 4;

#[inline(always)]
fn parent_of(i: usize) -> usize {
    (i - 1) / ARITY
}

#[inline(always)]
fn first_child(i: usize) -> usize {
    i * ARITY + 1
}

/// index of the smallest item in data[lo..hi] (hi - lo <= ARITY)
#[inline(always)]
fn argmin<T: Ord>(data: &[T], lo: usize, hi: usize) -> usize {
    let mut best = lo;
    let mut j = lo + 1;
    while j < hi {
        if data[j] < data[best] {
            best = j;
        }
        j += 1;
    }
    best
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        if n > 1 {
            let mut i = parent_of(n - 1) + 1;
            while i > 0 {
                i -= 1;
                h.sink(i);
            }
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = parent_of(i);
            if self.data[i] >= self.data[p] {
                break;
            }
            self.data.swap(i, p);
            i = p;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        if !self.data.is_empty() {
            self.sink(0);
        }
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

    fn sink(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let c0 = first_child(i);
            if c0 >= n {
                return;
            }
            let c1 = if c0 + ARITY < n { c0 + ARITY } else { n };
            let m = argmin(&self.data, c0, c1);
            if self.data[m] < self.data[i] {
                self.data.swap(i, m);
                i = m;
            } else {
                return;
            }
        }
    }
}
