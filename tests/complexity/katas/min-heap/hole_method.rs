// learner: optimal
// idiom: "hole" technique with Option<T> slots avoided: sift by repeated swap inside a method returning the final index, heapify via (0..n/2).rev().for_each
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

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: Vec::new() }
    }

    fn smaller_child(&self, i: usize) -> Option<usize> {
        let l = 2 * i + 1;
        let r = l + 1;
        match (self.data.get(l), self.data.get(r)) {
            (None, _) => None,
            (Some(_), None) => Some(l),
            (Some(a), Some(b)) => Some(if b < a { r } else { l }),
        }
    }

    fn down(&mut self, mut i: usize) -> usize {
        while let Some(c) = self.smaller_child(i) {
            if self.data[c] < self.data[i] {
                self.data.swap(c, i);
                i = c;
            } else {
                break;
            }
        }
        i
    }

    fn up(&mut self, mut i: usize) -> usize {
        while i > 0 {
            let p = (i - 1) / 2;
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
        i
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = Self { data: items };
        let n = h.data.len();
        (0..n / 2).rev().for_each(|i| {
            h.down(i);
        });
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        self.up(at);
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
        self.data.first()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
