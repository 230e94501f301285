// learner: optimal
// idiom: binary heap whose sift-down orders the (at most two) child indices with sort_by_key on a 2-element array — constant work per level
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
        for i in (0..heap.data.len() / 2).rev() {
            heap.sift_down(i);
        }
        heap
    }

    fn sift_down(&mut self, mut i: usize) {
        let n = self.data.len();
        while 2 * i + 1 < n {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let child = if r < n {
                let mut pair = [l, r];
                pair.sort_by(|&a, &b| self.data[a].cmp(&self.data[b]));
                pair[0]
            } else {
                l
            };
            if self.data[child] < self.data[i] {
                self.data.swap(child, i);
                i = child;
            } else {
                break;
            }
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 && self.data[i] < self.data[(i - 1) / 2] {
            self.data.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.pop()?;
        if self.data.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.data[0], last);
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
