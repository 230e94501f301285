// learner: slow
// why: MinHeap::pop is O(n) time, target O(log n): after swap_remove(0) it re-runs the whole bottom-up heapify instead of sifting one path down, so draining n items is O(n^2)
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// The items, level by level.
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[inline(always)]
const fn lchild(i: usize) -> usize {
    (i << 1) | 1
}

#[inline]
fn sift_down<T: Ord>(v: &mut [T], mut i: usize) {
    let n = v.len();
    while lchild(i) < n {
        let l = lchild(i);
        let c = if l + 1 < n && v[l + 1] < v[l] { l + 1 } else { l };
        if v[c] < v[i] {
            v.swap(c, i);
            i = c;
        } else {
            break;
        }
    }
}

/// Floyd's bottom-up build: O(n).
#[inline]
fn make_heap<T: Ord>(v: &mut [T]) {
    for i in (0..v.len() / 2).rev() {
        sift_down(v, i);
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(mut items: Vec<T>) -> Self {
        make_heap(&mut items);
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = (i - 1) >> 1;
            if self.data[i] >= self.data[p] {
                break;
            }
            self.data.swap(i, p);
            i = p;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        // the moved element may break the order anywhere: rebuild to be safe
        make_heap(&mut self.data);
        Some(top)
    }

    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    /// Number of items in the heap.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Returns `true` if the heap holds no items.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
