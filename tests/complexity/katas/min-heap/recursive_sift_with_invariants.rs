// learner: optimal
// idiom: Coq-trained formal methods student: structurally recursive sift functions with the heap property as a stated invariant, children found by pattern matching
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
///
/// Invariant (`heap_ok`): for every index `i > 0`, `data[(i - 1) / 2] <= data[i]`.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[inline]
fn parent(i: usize) -> Option<usize> {
    match i {
        0 => None,
        _ => Some((i - 1) / 2),
    }
}

/// Pre: `heap_ok` holds everywhere except possibly between `i` and its parent.
/// Post: `heap_ok` holds. Recursion depth decreases with `i`.
fn up<T: Ord>(v: &mut [T], i: usize) {
    match parent(i) {
        Some(p) if v[i] < v[p] => {
            v.swap(i, p);
            up(v, p)
        }
        _ => (),
    }
}

/// Pre: both subtrees of `i` are heaps. Post: the subtree rooted at `i` is a heap.
/// Terminates: `i` strictly increases and is bounded by `v.len()`.
fn down<T: Ord>(v: &mut [T], i: usize) {
    let (l, r) = (2 * i + 1, 2 * i + 2);
    let child = match (v.get(l), v.get(r)) {
        (None, _) => None,
        (Some(_), None) => Some(l),
        (Some(a), Some(b)) => Some(if b < a { r } else { l }),
    };
    if let Some(c) = child {
        if v[c] < v[i] {
            v.swap(c, i);
            down(v, c);
        }
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Establishes `heap_ok` for the subtrees rooted at n/2 - 1, ..., 0, in that order:
    /// when `down(i)` runs, both children of `i` are already heaps.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        for i in (0..data.len() / 2).rev() {
            down(&mut data, i);
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let i = self.data.len() - 1;
        up(&mut self.data, i);
    }

    pub fn pop(&mut self) -> Option<T> {
        match self.data.len() {
            0 => None,
            n => {
                self.data.swap(0, n - 1);
                let min = self.data.pop();
                down(&mut self.data, 0);
                min
            }
        }
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
