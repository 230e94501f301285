// learner: optimal
// idiom: Forth-style tiny words (parent/left/less/swap) with while loops over indices, sift_up/sift_down as private helpers
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

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            h.sift_down(i);
        }
        h
    }

    fn less(&self, a: usize, b: usize) -> bool {
        self.data[a] < self.data[b]
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let p = parent(i);
            if !self.less(i, p) {
                break;
            }
            self.data.swap(i, p);
            i = p;
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let l = left(i);
            if l >= n {
                break;
            }
            let r = l + 1;
            let mut c = l;
            if r < n && self.less(r, l) {
                c = r;
            }
            if !self.less(c, i) {
                break;
            }
            self.data.swap(i, c);
            i = c;
        }
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
}
