// learner: optimal
// idiom: Mathematica / Wolfram Language user: a home-made NestWhile[f, x, test] combinator; each sift is "apply one step while it returns a new index"
// why: every step moves one level, so push/pop cost O(log n) with O(1) state; peek is data.first(); from_vec folds sift_down over the internal nodes in reverse, O(n)

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

/// NestWhile: keep applying `step` until it says "done" (None). O(1) space.
fn nest_while<S: Copy>(start: S, mut step: impl FnMut(S) -> Option<S>) -> S {
    let mut s = start;
    while let Some(next) = step(s) {
        s = next;
    }
    s
}

impl<T: Ord> MinHeap<T> {
    /// Creates an empty heap.
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    /// Turns `items` into a heap in O(n) time, reusing the vector's buffer.
    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let half = data.len() / 2;
        (0..half).rev().for_each(|i| Self::sink(&mut data, i));
        MinHeap { data }
    }

    /// One sift-down, as NestWhile over the index.
    fn sink(data: &mut [T], from: usize) {
        let n = data.len();
        nest_while(from, |i| {
            let kids = (2 * i + 1, 2 * i + 2);
            let best = match kids {
                (l, _) if l >= n => return None,
                (l, r) if r < n && data[r] < data[l] => r,
                (l, _) => l,
            };
            (data[best] < data[i]).then(|| {
                data.swap(i, best);
                best
            })
        });
    }

    /// One sift-up, as NestWhile over the index.
    fn float(data: &mut [T], from: usize) {
        nest_while(from, |i| match i {
            0 => None,
            _ => {
                let p = (i - 1) / 2;
                (data[i] < data[p]).then(|| {
                    data.swap(i, p);
                    p
                })
            }
        });
    }

    /// Adds `item`. O(log n).
    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        Self::float(&mut self.data, at);
    }

    /// Removes and returns the smallest item, or `None` if the heap is empty. O(log n).
    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.pop()?;
        match self.data.is_empty() {
            true => Some(last),
            false => {
                let top = std::mem::replace(&mut self.data[0], last);
                Self::sink(&mut self.data, 0);
                Some(top)
            }
        }
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
