// learner: optimal
// idiom: RPG IV: pop walks the moved entry all the way down the smaller-child path to a leaf without comparing it, then bounces it back up (fewer compares, like reading to end of a chain then backing up)
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
        let mut ix = w_n / 2;
        while ix > 0 {
            ix -= 1;
            w_h.bounce_down(ix, w_n);
        }
        w_h
    }

    // sink entry p_ix to a leaf along smaller children, then sift it back up
    // but never above p_ix. One path down, one (usually short) path up.
    fn bounce_down(&mut self, p_ix: usize, p_n: usize) {
        let mut ix = p_ix;
        loop {
            let w_l = 2 * ix + 1;
            if w_l >= p_n {
                break;
            }
            let w_r = w_l + 1;
            let w_c = if w_r < p_n && self.data[w_r] < self.data[w_l] { w_r } else { w_l };
            self.data.swap(ix, w_c);
            ix = w_c;
        }
        // back up
        while ix > p_ix {
            let w_par = (ix - 1) / 2;
            if self.data[ix] < self.data[w_par] {
                self.data.swap(ix, w_par);
                ix = w_par;
            } else {
                break;
            }
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut ix = self.data.len() - 1;
        while ix > 0 {
            let w_par = (ix - 1) / 2;
            if !(self.data[ix] < self.data[w_par]) {
                break;
            }
            self.data.swap(ix, w_par);
            ix = w_par;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let w_out = self.data.swap_remove(0);
        let w_n = self.data.len();
        if w_n > 1 {
            self.bounce_down(0, w_n);
        }
        Some(w_out)
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
}
