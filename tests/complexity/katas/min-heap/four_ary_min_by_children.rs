// learner: optimal
// idiom: a 4-ary heap; sift-down picks the smallest child with kids.iter().enumerate().min_by(..) over a slice of at most 4 children — O(1) per level, O(log n) levels
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
        let mut heap = MinHeap { data: items };
        let n = heap.data.len();
        if n > 1 {
            for i in (0..=(n - 2) / D).rev() {
                heap.sift_down(i);
            }
        }
        heap
    }

    fn sift_up(&mut self, mut i: usize) {
        while i > 0 {
            let parent = (i - 1) / D;
            if self.data[i] >= self.data[parent] {
                break;
            }
            self.data.swap(i, parent);
            i = parent;
        }
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let first = D * i + 1;
            if first >= n {
                return;
            }
            let kids = &self.data[first..(first + D).min(n)];
            let (offset, smallest) = kids.iter().enumerate().min_by(|a, b| a.1.cmp(b.1)).unwrap();
            if *smallest >= self.data[i] {
                return;
            }
            self.data.swap(i, first + offset);
            i = first + offset;
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.sift_up(last);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        self.sift_down(0);
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
