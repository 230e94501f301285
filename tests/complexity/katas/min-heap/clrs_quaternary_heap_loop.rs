// learner: optimal
// idiom: d-ary heap (D = 4) from CLRS problem 6-2: CHILD(i, j) / D-ARY-PARENT helpers, iterative loop/break sift-down scanning the <= 4 children with an inner index loop
//! A binary min-heap: see README.md.

const D: usize = 4;

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// D-ARY-PARENT(i)
fn d_ary_parent(i: usize) -> usize {
    (i - 1) / D
}

/// CHILD(i, j), j = 1..=D
fn child(i: usize, j: usize) -> usize {
    D * i + j
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let mut smallest = i;
            let mut j = 1;
            while j <= D {
                let c = child(i, j);
                if c >= n {
                    break;
                }
                if self.data[c] < self.data[smallest] {
                    smallest = c;
                }
                j += 1;
            }
            if smallest == i {
                break;
            }
            self.data.swap(i, smallest);
            i = smallest;
        }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        if n > 1 {
            let mut i = d_ary_parent(n - 1) + 1;
            while i > 0 {
                i -= 1;
                h.sift_down(i);
            }
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = d_ary_parent(i);
            if self.data[i] >= self.data[p] {
                break;
            }
            self.data.swap(i, p);
            i = p;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let out = self.data.pop();
        self.sift_down(0);
        out
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
