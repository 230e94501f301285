// learner: optimal
// idiom: smaller child chosen by (2i+1..(2i+3).min(n)).min_by_key(|&c| &self.data[c]) — a range of at most two indices; sift-down in from_vec bottom-up, O(n)
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
        Self { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        let mut i = heap.data.len() / 2;
        while i > 0 {
            i -= 1;
            heap.sift_down(i);
        }
        heap
    }

    fn smaller_child(&self, i: usize) -> Option<usize> {
        let n = self.data.len();
        let children = 2 * i + 1..(2 * i + 3).min(n);
        children.min_by_key(|&c| &self.data[c])
    }

    fn sift_down(&mut self, mut i: usize) {
        while let Some(c) = self.smaller_child(i) {
            if self.data[c] >= self.data[i] {
                break;
            }
            self.data.swap(c, i);
            i = c;
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut child = self.data.len() - 1;
        while child > 0 {
            let parent = (child - 1) / 2;
            if self.data[parent] <= self.data[child] {
                break;
            }
            self.data.swap(parent, child);
            child = parent;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let min = self.data.swap_remove(0);
        self.sift_down(0);
        Some(min)
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
