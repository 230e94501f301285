// learner: optimal
// idiom: C++ template style: free generic sift helpers over slices parameterised by a const ARITY (instantiated with 2), #[inline] parent/child index fns, Ordering-based comparisons
//! A binary min-heap: see README.md.

use std::cmp::Ordering;

const ARITY: usize = 2;

#[inline(always)]
const fn parent_of<const D: usize>(i: usize) -> usize {
    (i - 1) / D
}

#[inline(always)]
const fn first_child<const D: usize>(i: usize) -> usize {
    D * i + 1
}

#[inline(always)]
fn less<T: Ord>(a: &T, b: &T) -> bool {
    a.cmp(b) == Ordering::Less
}

/// Moves v[i] up until its parent is not larger.
fn sift_up<T: Ord, const D: usize>(v: &mut [T], mut i: usize) {
    while i > 0 {
        let p = parent_of::<D>(i);
        if !less(&v[i], &v[p]) {
            break;
        }
        v.swap(i, p);
        i = p;
    }
}

/// Moves v[i] down until no child is smaller.
fn sift_down<T: Ord, const D: usize>(v: &mut [T], mut i: usize) {
    let n = v.len();
    loop {
        let c0 = first_child::<D>(i);
        if c0 >= n {
            break;
        }
        let end = (c0 + D).min(n);
        let mut best = c0;
        let mut c = c0 + 1;
        while c < end {
            if less(&v[c], &v[best]) {
                best = c;
            }
            c += 1;
        }
        if !less(&v[best], &v[i]) {
            break;
        }
        v.swap(i, best);
        i = best;
    }
}

fn heapify<T: Ord, const D: usize>(v: &mut [T]) {
    if v.len() < 2 {
        return;
    }
    let mut i = parent_of::<D>(v.len() - 1) + 1;
    while i > 0 {
        i -= 1;
        sift_down::<T, D>(v, i);
    }
}

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

impl<T: Ord> MinHeap<T> {
    #[inline]
    pub fn new() -> Self {
        Self { data: Vec::new() }
    }

    pub fn from_vec(mut items: Vec<T>) -> Self {
        heapify::<T, ARITY>(&mut items);
        Self { data: items }
    }

    #[inline]
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        sift_up::<T, ARITY>(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.pop()?;
        if self.data.is_empty() {
            return Some(last);
        }
        let root = std::mem::replace(&mut self.data[0], last);
        sift_down::<T, ARITY>(&mut self.data, 0);
        Some(root)
    }

    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.data.get(0)
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
