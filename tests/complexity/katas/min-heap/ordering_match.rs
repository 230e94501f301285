// learner: optimal
// idiom: match on Ordering, index helper fns parent/children, for-loop heapify with rev range
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

use std::cmp::Ordering;

#[inline]
fn parent(i: usize) -> usize {
    (i - 1) >> 1
}

#[inline]
fn kids(i: usize) -> (usize, usize) {
    (2 * i + 1, 2 * i + 2)
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        for i in (0..h.data.len() / 2).rev() {
            h.down(i);
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut at = self.data.len() - 1;
        while at != 0 {
            let p = parent(at);
            match self.data[at].cmp(&self.data[p]) {
                Ordering::Less => {
                    self.data.swap(at, p);
                    at = p;
                }
                Ordering::Equal | Ordering::Greater => break,
            }
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.pop()?;
        if self.data.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.data[0], last);
        self.down(0);
        Some(top)
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() { None } else { Some(&self.data[0]) }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn down(&mut self, mut at: usize) {
        let len = self.data.len();
        loop {
            let (l, r) = kids(at);
            if l >= len {
                break;
            }
            let child = if r < len {
                match self.data[r].cmp(&self.data[l]) {
                    Ordering::Less => r,
                    _ => l,
                }
            } else {
                l
            };
            match self.data[child].cmp(&self.data[at]) {
                Ordering::Less => {
                    self.data.swap(child, at);
                    at = child;
                }
                _ => break,
            }
        }
    }
}
