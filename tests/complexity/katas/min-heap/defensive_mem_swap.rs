// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, mem::replace/swap, helper methods with bounds checks
use std::mem;

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
        let len = heap.data.len();
        if len < 2 {
            return heap;
        }
        let mut i = len / 2;
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
        let last = match self.data.pop() {
            Some(item) => item,
            None => return None,
        };
        if self.data.is_empty() {
            return Some(last);
        }
        // Put the former last item at the root and take the old root out.
        let root = mem::replace(&mut self.data[0], last);
        self.sift_down(0);
        Some(root)
    }

    pub fn peek(&self) -> Option<&T> {
        match self.data.first() {
            Some(item) => Some(item),
            None => None,
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn sift_up(&mut self, start: usize) {
        let mut child = start;
        while child > 0 {
            let parent = (child - 1) / 2;
            if self.data[child] < self.data[parent] {
                self.data.swap(child, parent);
                child = parent;
            } else {
                return;
            }
        }
    }

    fn sift_down(&mut self, start: usize) {
        let len = self.data.len();
        let mut parent = start;
        loop {
            let left = 2 * parent + 1;
            if left >= len {
                return;
            }
            let right = left + 1;
            let smaller = if right < len && self.data[right] < self.data[left] {
                right
            } else {
                left
            };
            if self.data[smaller] < self.data[parent] {
                let (a, b) = self.data.split_at_mut(smaller);
                mem::swap(&mut a[parent], &mut b[0]);
                parent = smaller;
            } else {
                return;
            }
        }
    }
}
