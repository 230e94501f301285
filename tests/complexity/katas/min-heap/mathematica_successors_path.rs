// learner: optimal
// idiom: Mathematica / Wolfram Language user: a sift is the NestList of indices along one path, written with iter::successors; the smaller child picked MinimalBy-style from the pair {l, r}
// why: successors walks one root-leaf path (O(log n), O(1) state), .last() just drives it; peek is O(1); from_vec sinks internal nodes from the bottom, O(n) total

use std::iter::successors;

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

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = MinHeap { data: items };
        for i in (0..heap.data.len() / 2).rev() {
            heap.down(i);
        }
        heap
    }

    fn down(&mut self, start: usize) {
        let n = self.data.len();
        let data = &mut self.data;
        let _end = successors(Some(start), |&i| {
            let child = [2 * i + 1, 2 * i + 2]
                .into_iter()
                .filter(|&c| c < n)
                .min_by(|&a, &b| data[a].cmp(&data[b]))?;
            if data[child] < data[i] {
                data.swap(i, child);
                Some(child)
            } else {
                None
            }
        })
        .last();
    }

    fn up(&mut self, start: usize) {
        let data = &mut self.data;
        let _end = successors(Some(start), |&i| {
            let p = i.checked_sub(1)? / 2;
            (data[i] < data[p]).then(|| {
                data.swap(i, p);
                p
            })
        })
        .last();
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        self.up(self.data.len() - 1);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        let top = self.data.swap_remove(0); // last item moves to the root
        self.down(0);
        Some(top)
    }

    /// The smallest item, without removing it. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
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
