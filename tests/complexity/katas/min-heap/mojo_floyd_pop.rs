// learner: optimal
// idiom: Mojo: Floyd's bottom-up pop (sink the hole to a leaf with one compare per level, then bubble back up), recursive heapify helper
// why: pop walks down one path and up part of it: O(log n); push O(log n); from_vec bottom-up O(n)

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

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::with_capacity(16) }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        for i in (0..n / 2).rev() {
            h.heapify(i, n);
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        self.bubble(at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        let top = self.data.swap_remove(0);
        let n = self.data.len();
        if n > 1 {
            // walk the root down to a leaf always taking the smaller child,
            // without comparing against the moved item...
            let mut i = 0;
            loop {
                let l = 2 * i + 1;
                if l >= n {
                    break;
                }
                let r = l + 1;
                let c = if r < n && self.data[r] < self.data[l] { r } else { l };
                self.data.swap(i, c);
                i = c;
            }
            // ...then let it float back up to where it belongs
            self.bubble(i);
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

    #[inline]
    fn bubble(&mut self, mut i: usize) {
        while i > 0 {
            let p = (i - 1) / 2;
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    fn heapify(&mut self, i: usize, n: usize) {
        let l = 2 * i + 1;
        let r = l + 1;
        let mut m = i;
        if l < n && self.data[l] < self.data[m] {
            m = l;
        }
        if r < n && self.data[r] < self.data[m] {
            m = r;
        }
        if m != i {
            self.data.swap(i, m);
            self.heapify(m, n);
        }
    }
}
