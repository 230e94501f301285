// learner: optimal
// idiom: OOP-ish: a private trait HeapSlice on [T] with sift methods, Ordering matches, labelled loop in sift_down
//! A binary min-heap: see README.md.
use std::cmp::Ordering;

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

trait HeapSlice {
    fn sink(&mut self, at: usize);
    fn swim(&mut self, at: usize);
}

impl<T: Ord> HeapSlice for [T] {
    fn sink(&mut self, at: usize) {
        let n = self.len();
        let mut i = at;
        'sink: loop {
            let l = 2 * i + 1;
            if l >= n {
                break 'sink;
            }
            let c = if l + 1 < n && self[l + 1].cmp(&self[l]) == Ordering::Less { l + 1 } else { l };
            match self[c].cmp(&self[i]) {
                Ordering::Less => {
                    self.swap(c, i);
                    i = c;
                }
                _ => break 'sink,
            }
        }
    }

    fn swim(&mut self, at: usize) {
        let mut i = at;
        while i > 0 {
            let p = (i - 1) / 2;
            match self[i].cmp(&self[p]) {
                Ordering::Less => {
                    self.swap(i, p);
                    i = p;
                }
                Ordering::Equal | Ordering::Greater => return,
            }
        }
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let mut i = data.len() / 2;
        while i > 0 {
            i -= 1;
            data.sink(i);
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let n = self.data.len();
        self.data.swim(n - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        self.data.sink(0);
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
