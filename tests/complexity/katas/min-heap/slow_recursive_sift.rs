// learner: slow
// why: MinHeap::push/pop are O(log n) space, target O(1): recursive sift_up/sift_down keep one stack frame per level (no guaranteed tail calls)
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
        Self { data: vec![] }
    }

    fn sift_down(&mut self, i: usize) {
        let len = self.data.len();
        let data = &self.data;
        let child = [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|&c| c < len)
            .min_by(|&a, &b| data[a].cmp(&data[b]));
        if let Some(c) = child {
            if self.data[c] < self.data[i] {
                self.data.swap(c, i);
                self.sift_down(c);
            }
        }
    }

    fn sift_up(&mut self, i: usize) {
        if i == 0 {
            return;
        }
        let p = (i - 1) / 2;
        if self.data[i] < self.data[p] {
            self.data.swap(i, p);
            self.sift_up(p);
        }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        for i in (0..heap.data.len() / 2).rev() {
            heap.sift_down(i);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.sift_up(self.data.len() - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        if !self.data.is_empty() {
            self.sift_down(0);
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
}
