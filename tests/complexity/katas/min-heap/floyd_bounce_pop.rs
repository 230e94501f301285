// learner: optimal
// idiom: Ada/SPARK safety engineer: pop uses Floyd's "bounce": walk the hole down to a leaf along the smaller children (one comparison per level), then sift the moved last element back up; heapify and push share one sift_up/descend pair written as bounded for-loops
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
        let internal = heap.data.len() / 2;
        for i in (0..internal).rev() {
            heap.sift_down_from(i);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.sift_up_from(last, 0);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        if self.data.len() > 1 {
            // The former last element now sits at the root. Bounce: carry it to a leaf along
            // the path of smaller children, then let it rise to its place.
            let leaf = self.descend_to_leaf(0);
            self.sift_up_from(leaf, 0);
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

    /// Swaps the element at `start` down the smaller-child path to a leaf, returns that leaf.
    fn descend_to_leaf(&mut self, start: usize) -> usize {
        let n = self.data.len();
        let mut hole = start;
        loop {
            let left = 2 * hole + 1;
            if left >= n {
                return hole;
            }
            let right = left + 1;
            let child = if right < n && self.data[right] < self.data[left] { right } else { left };
            self.data.swap(hole, child);
            hole = child;
        }
    }

    /// Moves the element at `i` up while it is smaller than its parent, never above `floor`.
    fn sift_up_from(&mut self, mut i: usize, floor: usize) {
        while i > floor {
            let p = (i - 1) / 2;
            if self.data[i] >= self.data[p] {
                return;
            }
            self.data.swap(i, p);
            i = p;
        }
    }

    /// Classic sift-down used by heapify (the bounce would cost up to 2 comparisons per level
    /// on the way back up, which breaks the 3n comparison budget less often than it helps).
    fn sift_down_from(&mut self, mut i: usize) {
        let n = self.data.len();
        loop {
            let left = 2 * i + 1;
            if left >= n {
                return;
            }
            let right = left + 1;
            let child = if right < n && self.data[right] < self.data[left] { right } else { left };
            if self.data[child] >= self.data[i] {
                return;
            }
            self.data.swap(i, child);
            i = child;
        }
    }
}
