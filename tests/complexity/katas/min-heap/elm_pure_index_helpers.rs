// learner: optimal
// idiom: Elm-style: small total helper fns for tree indices, match on Ordering, Option combinators
use std::cmp::Ordering;

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn parent_of(i: usize) -> Option<usize> {
    match i {
        0 => None,
        _ => Some((i - 1) / 2),
    }
}

fn left_of(i: usize) -> usize {
    2 * i + 1
}

/// The index among `i` and its children holding the smallest item.
fn smallest_of<T: Ord>(data: &[T], i: usize) -> usize {
    let l = left_of(i);
    let r = l + 1;
    let best = match data.get(l) {
        Some(x) if *x < data[i] => l,
        _ => i,
    };
    match data.get(r) {
        Some(y) if *y < data[best] => r,
        _ => best,
    }
}

fn sift_up<T: Ord>(data: &mut [T], start: usize) {
    let mut i = start;
    while let Some(p) = parent_of(i) {
        match data[i].cmp(&data[p]) {
            Ordering::Less => {
                data.swap(i, p);
                i = p;
            }
            Ordering::Equal | Ordering::Greater => break,
        }
    }
}

fn sift_down<T: Ord>(data: &mut [T], start: usize) {
    let mut i = start;
    loop {
        let m = smallest_of(data, i);
        if m == i {
            return;
        }
        data.swap(i, m);
        i = m;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let half = data.len() / 2;
        (0..half).rev().for_each(|i| sift_down(&mut data, i));
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        sift_up(&mut self.data, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
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
