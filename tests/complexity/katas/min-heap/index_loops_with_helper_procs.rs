// learner: optimal
// idiom: Tcl/Tk tools engineer: free helper procs `sift_up`/`sift_down` on a slice, explicit while loops and index arithmetic
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn sift_up<T: Ord>(data: &mut [T], mut idx: usize) {
    while idx > 0 {
        let parent = (idx - 1) / 2;
        if data[idx] < data[parent] {
            data.swap(idx, parent);
            idx = parent;
        } else {
            break;
        }
    }
}

fn sift_down<T: Ord>(data: &mut [T], mut idx: usize) {
    let len = data.len();
    loop {
        let left = 2 * idx + 1;
        if left >= len {
            break;
        }
        let right = left + 1;
        let mut smallest = left;
        if right < len && data[right] < data[left] {
            smallest = right;
        }
        if data[smallest] < data[idx] {
            data.swap(smallest, idx);
            idx = smallest;
        } else {
            break;
        }
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Bottom-up heapify: sift down every internal node, last one first.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let n = data.len();
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            sift_down(&mut data, i);
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        sift_up(&mut self.data, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let top = self.data.pop();
        sift_down(&mut self.data, 0);
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
}
