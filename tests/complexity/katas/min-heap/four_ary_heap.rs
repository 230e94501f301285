// learner: optimal
// idiom: systems: 4-ary heap (children 4i+1..4i+4) for cache friendliness, hole-free swaps, for-range over the child block
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

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        if n > 1 {
            let last_parent = (n - 2) / D;
            for i in (0..=last_parent).rev() {
                h.settle_down(i);
            }
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = (i - 1) / D;
            if self.data[p] <= self.data[i] {
                break;
            }
            self.data.swap(p, i);
            i = p;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let v = self.data.pop();
        self.settle_down(0);
        v
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.get(0)
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn settle_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let first = D * i + 1;
            if first >= n {
                return;
            }
            let end = if first + D < n { first + D } else { n };
            let mut best = first;
            for c in first + 1..end {
                if self.data[c] < self.data[best] {
                    best = c;
                }
            }
            if self.data[best] >= self.data[i] {
                return;
            }
            self.data.swap(i, best);
            i = best;
        }
    }
}
