// learner: slow
// why: MinHeap::push and MinHeap::pop are O(log n) space, target O(1): sift_up and sift_down call themselves once per level (Rust does not promise tail calls), so the stack grows with the height (relabelled from optimal: the kata's space target, as the other recursive sifts)
// idiom: Racket-style: sift_up/sift_down as self-recursive free functions over a slice, helper fns for parent/children
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

fn parent(i: usize) -> usize {
    (i - 1) / 2
}
fn left(i: usize) -> usize {
    2 * i + 1
}

fn sift_up<T: Ord>(v: &mut [T], i: usize) {
    if i == 0 {
        return;
    }
    let p = parent(i);
    if v[i] < v[p] {
        v.swap(i, p);
        sift_up(v, p);
    }
}

fn smallest_of<T: Ord>(v: &[T], i: usize) -> usize {
    let l = left(i);
    let r = l + 1;
    let with_l = if l < v.len() && v[l] < v[i] { l } else { i };
    if r < v.len() && v[r] < v[with_l] {
        r
    } else {
        with_l
    }
}

fn sift_down<T: Ord>(v: &mut [T], i: usize) {
    let m = smallest_of(v, i);
    if m != i {
        v.swap(i, m);
        sift_down(v, m);
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let n = data.len();
        for i in (0..n / 2).rev() {
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
