// learner: optimal
// idiom: RPG IV: thinks in 1-based array indexes (children of i are 2i and 2i+1, parent i/2) and writes sift-down as a DOU loop on the 1-based index, converting to 0-based only at the array access
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
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut w_h = MinHeap { data: items };
        let w_n = w_h.data.len();
        // FOR i = n/2 DOWNTO 1
        let mut i = w_n / 2;
        while i >= 1 {
            w_h.down(i);
            i -= 1;
        }
        w_h
    }

    // element i, 1-based
    fn el(&self, i: usize) -> &T {
        &self.data[i - 1]
    }

    fn xchg(&mut self, i: usize, j: usize) {
        self.data.swap(i - 1, j - 1);
    }

    // DOU: sink entry i until it is not larger than its children
    fn down(&mut self, i: usize) {
        let w_n = self.data.len();
        let mut i = i;
        loop {
            let w_l = 2 * i;
            let w_r = 2 * i + 1;
            let mut w_small = i;
            if w_l <= w_n && self.el(w_l) < self.el(w_small) {
                w_small = w_l;
            }
            if w_r <= w_n && self.el(w_r) < self.el(w_small) {
                w_small = w_r;
            }
            if w_small == i {
                break;
            }
            self.xchg(i, w_small);
            i = w_small;
        }
    }

    fn up(&mut self, i: usize) {
        let mut i = i;
        while i > 1 && self.el(i) < self.el(i / 2) {
            self.xchg(i, i / 2);
            i = i / 2;
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let w_n = self.data.len();
        self.up(w_n);
    }

    pub fn pop(&mut self) -> Option<T> {
        let w_n = self.data.len();
        if w_n == 0 {
            return None;
        }
        self.xchg(1, w_n);
        let w_out = self.data.pop();
        if w_n > 1 {
            self.down(1);
        }
        w_out
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() {
            None
        } else {
            Some(self.el(1))
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
