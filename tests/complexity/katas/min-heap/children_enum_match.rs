// learner: optimal
// idiom: explicit Children enum (None/One/Two) per slot, match-heavy sift loops, for-range heapify, hole-style pop via swap_remove
//! A binary min-heap: see README.md.

use std::cmp::Ordering;

/// A priority queue that always hands out its smallest item first.
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    /// The items. Lay them out as you see fit (hint: level by level).
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Clone, Copy)]
enum Children {
    Leaf,
    One(usize),
    Two(usize, usize),
}

fn children(slot: usize, len: usize) -> Children {
    let l = 2 * slot + 1;
    let r = l + 1;
    match (l < len, r < len) {
        (false, _) => Children::Leaf,
        (true, false) => Children::One(l),
        (true, true) => Children::Two(l, r),
    }
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let len = h.data.len();
        for slot in (0..len / 2).rev() {
            Self::sink(&mut h.data, slot);
        }
        h
    }

    fn sink(page: &mut [T], start: usize) {
        let len = page.len();
        let mut slot = start;
        loop {
            let pick = match children(slot, len) {
                Children::Leaf => break,
                Children::One(l) => l,
                Children::Two(l, r) => match page[r].cmp(&page[l]) {
                    Ordering::Less => r,
                    Ordering::Equal | Ordering::Greater => l,
                },
            };
            match page[pick].cmp(&page[slot]) {
                Ordering::Less => {
                    page.swap(pick, slot);
                    slot = pick;
                }
                Ordering::Equal | Ordering::Greater => break,
            }
        }
    }

    fn float(page: &mut [T], start: usize) {
        let mut slot = start;
        while slot != 0 {
            let up = (slot - 1) >> 1;
            match page[slot].cmp(&page[up]) {
                Ordering::Less => {
                    page.swap(slot, up);
                    slot = up;
                }
                _ => break,
            }
        }
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        Self::float(&mut self.data, at);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        match self.data.len() {
            0 => None,
            _ => {
                // swap_remove moves the last slot into the root hole in O(1)
                let min = self.data.swap_remove(0);
                Self::sink(&mut self.data, 0);
                Some(min)
            }
        }
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        match self.data.is_empty() {
            true => None,
            false => Some(&self.data[0]),
        }
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
