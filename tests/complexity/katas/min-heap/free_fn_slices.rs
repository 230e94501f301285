// learner: optimal
// idiom: free functions over &mut [T], Scan-like for_each over reversed internal indices, [l, r] min_by picks the child, swap_remove for pop
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

fn smaller_child<T: Ord>(xs: &[T], i: usize) -> Option<usize> {
    [2 * i + 1, 2 * i + 2]
        .into_iter()
        .filter(|&c| c < xs.len())
        .min_by(|&a, &b| xs[a].cmp(&xs[b]))
}

fn sink<T: Ord>(xs: &mut [T], mut i: usize) {
    while let Some(c) = smaller_child(xs, i).filter(|&c| xs[c] < xs[i]) {
        xs.swap(i, c);
        i = c;
    }
}

fn rise<T: Ord>(xs: &mut [T], mut i: usize) {
    while i > 0 && xs[i] < xs[(i - 1) / 2] {
        xs.swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    pub fn from_vec(mut items: Vec<T>) -> Self {
        (0..items.len() / 2).rev().for_each(|i| sink(&mut items, i));
        Self { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        rise(&mut self.data, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        (!self.data.is_empty()).then(|| {
            let top = self.data.swap_remove(0);
            sink(&mut self.data, 0);
            top
        })
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.get(0)
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
