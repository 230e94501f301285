// learner: optimal
// idiom: match on Ordering, swap_remove for pop, sift via a "hole" index tracked in a loop with labelled continue
//! A binary min-heap: see README.md.

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

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: Vec::with_capacity(0) }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut me = Self { data: items };
        if me.data.len() > 1 {
            let last_parent = (me.data.len() - 2) / 2;
            for root in (0..=last_parent).rev() {
                me.down(root);
            }
        }
        me
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut hole = self.data.len() - 1;
        while hole > 0 {
            let up = (hole - 1) >> 1;
            match self.data[hole].cmp(&self.data[up]) {
                Ordering::Less => {
                    self.data.swap(hole, up);
                    hole = up;
                }
                Ordering::Equal | Ordering::Greater => return,
            }
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            None
        } else {
            let top = self.data.swap_remove(0);
            self.down(0);
            Some(top)
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.data.as_slice() {
            [] => None,
            [first, ..] => Some(first),
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn down(&mut self, start: usize) {
        let len = self.data.len();
        let mut hole = start;
        'walk: loop {
            let l = (hole << 1) | 1;
            let r = l + 1;
            let child = match (l < len, r < len) {
                (false, _) => break 'walk,
                (true, false) => l,
                (true, true) => match self.data[l].cmp(&self.data[r]) {
                    Ordering::Greater => r,
                    _ => l,
                },
            };
            match self.data[child].cmp(&self.data[hole]) {
                Ordering::Less => {
                    self.data.swap(child, hole);
                    hole = child;
                    continue 'walk;
                }
                _ => break 'walk,
            }
        }
    }
}
