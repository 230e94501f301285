// learner: slow
// why: MinHeap::push and MinHeap::pop are O(log n) space, target O(1): the sifts call themselves once per level (Rust does not promise tail calls), so the stack grows with the height (relabelled from optimal: the kata's space target)
// idiom: Clojure developer: free recursive functions over a slice (sift-up / sift-down as self-tail-calls), children picked with iterator min_by_key style, heapify as a for_each over the reversed internal indices
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

fn sift_up<T: Ord>(v: &mut [T], i: usize) {
    if i == 0 {
        return;
    }
    let p = (i - 1) / 2;
    if v[i] < v[p] {
        v.swap(i, p);
        sift_up(v, p);
    }
}

fn sift_down<T: Ord>(v: &mut [T], i: usize) {
    let smallest_child = [2 * i + 1, 2 * i + 2]
        .into_iter()
        .filter(|&c| c < v.len())
        .reduce(|a, b| if v[b] < v[a] { b } else { a });
    if let Some(c) = smallest_child.filter(|&c| v[c] < v[i]) {
        v.swap(i, c);
        sift_down(v, c);
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    pub fn from_vec(mut data: Vec<T>) -> Self {
        (0..data.len() / 2).rev().for_each(|i| sift_down(&mut data, i));
        Self { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        sift_up(&mut self.data, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
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
