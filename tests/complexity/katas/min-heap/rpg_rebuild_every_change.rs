// learner: slow
// idiom: RPG IV: one "rebuild the whole array" routine (bottom-up heapify) called after every add and every delete, like re-running the build step after each change to the file
// why: push and pop each re-heapify all n items (O(n) per call instead of O(log n)); n pushes and n pops cost O(n^2)
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
        w_h.rebuild();
        w_h
    }

    // bottom-up heapify of the whole array
    fn rebuild(&mut self) {
        let w_n = self.data.len();
        let mut w_p = w_n / 2;
        while w_p > 0 {
            w_p -= 1;
            let mut ix = w_p;
            loop {
                let w_l = 2 * ix + 1;
                if w_l >= w_n {
                    break;
                }
                let mut w_c = w_l;
                if w_l + 1 < w_n && self.data[w_l + 1] < self.data[w_l] {
                    w_c = w_l + 1;
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

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.rebuild();
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let w_out = self.data.swap_remove(0);
        self.rebuild();
        Some(w_out)
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
