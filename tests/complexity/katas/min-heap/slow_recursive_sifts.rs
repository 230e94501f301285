// learner: slow
// why: MinHeap::push and MinHeap::pop are O(log n) space, target O(1): the sifts recurse once per level, so the call stack grows with the height
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
        let mut heap = MinHeap { data: items };
        let mut i = heap.data.len() / 2;
        while i > 0 {
            i -= 1;
            heap.sift_down(i);
        }
        heap
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
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        self.sift_down(0);
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

    fn sift_up(&mut self, pos: usize) {
        if pos == 0 {
            return;
        }
        let parent = (pos - 1) / 2;
        if self.data[pos] < self.data[parent] {
            self.data.swap(pos, parent);
            self.sift_up(parent);
        }
    }

    fn smaller_child(&self, pos: usize) -> Option<usize> {
        let left = 2 * pos + 1;
        if left >= self.data.len() {
            return None;
        }
        let right = left + 1;
        if right < self.data.len() && self.data[right] < self.data[left] {
            Some(right)
        } else {
            Some(left)
        }
    }

    fn sift_down(&mut self, pos: usize) {
        if let Some(child) = self.smaller_child(pos) {
            if self.data[child] < self.data[pos] {
                self.data.swap(pos, child);
                self.sift_down(child);
            }
        }
    }
}
