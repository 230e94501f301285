// learner: optimal
// idiom: RPG IV: the textbook array heap with two small subprocedures (sift_up / sift_down) and DOW loops over an index, swapping entries like EVAL a = b through a work field
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
        let mut w_heap = MinHeap { data: items };
        let w_n = w_heap.data.len();
        if w_n > 1 {
            // last parent first, down to the root
            let mut ix = w_n / 2;
            while ix > 0 {
                ix -= 1;
                w_heap.sift_down(ix);
            }
        }
        w_heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let w_last = self.data.len() - 1;
        self.sift_up(w_last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let w_n = self.data.len();
        if w_n == 0 {
            return None;
        }
        self.data.swap(0, w_n - 1);
        let w_min = self.data.pop();
        if !self.data.is_empty() {
            self.sift_down(0);
        }
        w_min
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

    //--- sift_up: move entry ix up while it is smaller than its parent
    fn sift_up(&mut self, p_ix: usize) {
        let mut ix = p_ix;
        while ix > 0 {
            let w_par = (ix - 1) / 2;
            if self.data[ix] < self.data[w_par] {
                self.data.swap(ix, w_par);
                ix = w_par;
            } else {
                leave_loop_marker();
                break;
            }
        }
    }

    //--- sift_down: move entry ix down, always to the smaller child
    fn sift_down(&mut self, p_ix: usize) {
        let w_n = self.data.len();
        let mut ix = p_ix;
        loop {
            let w_l = 2 * ix + 1;
            if w_l >= w_n {
                break;
            }
            let mut w_c = w_l;
            let w_r = w_l + 1;
            if w_r < w_n && self.data[w_r] < self.data[w_l] {
                w_c = w_r;
            }
            if self.data[w_c] < self.data[ix] {
                self.data.swap(ix, w_c);
                ix = w_c;
            } else {
                break;
            }
        }
    }
}

// RPG habit: a named spot for LEAVE; does nothing
#[inline(always)]
fn leave_loop_marker() {}
