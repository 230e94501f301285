// learner: optimal
// idiom: free helper functions over &mut [T] slices, match on Ordering, `loop` with early return, heapify via a `for ... in (0..n/2).rev()` loop
//! A binary min-heap: see README.md.

use std::cmp::Ordering;

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

fn bubble_up<T: Ord>(v: &mut [T], mut at: usize) {
    while at > 0 {
        let up = (at - 1) / 2;
        match v[at].cmp(&v[up]) {
            Ordering::Less => {
                v.swap(at, up);
                at = up;
            }
            Ordering::Equal | Ordering::Greater => return,
        }
    }
}

fn push_down<T: Ord>(v: &mut [T], mut at: usize) {
    let len = v.len();
    loop {
        let l = at * 2 + 1;
        if l >= len {
            return;
        }
        let r = l + 1;
        let pick = if r < len {
            match v[r].cmp(&v[l]) {
                Ordering::Less => r,
                _ => l,
            }
        } else {
            l
        };
        match v[pick].cmp(&v[at]) {
            Ordering::Less => {
                v.swap(pick, at);
                at = pick;
            }
            _ => return,
        }
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(mut items: Vec<T>) -> Self {
        let n = items.len();
        for i in (0..n / 2).rev() {
            push_down(&mut items, i);
        }
        MinHeap { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        bubble_up(&mut self.data, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
        self.data.swap(0, last);
        let min = self.data.pop();
        push_down(&mut self.data, 0);
        min
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
