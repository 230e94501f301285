// learner: optimal
// idiom: terse: children picked with an array-of-two iterator + min_by, sift_down over a slice with an explicit `end`, for-loops
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
        Self { data: vec![] }
    }

    pub fn from_vec(mut items: Vec<T>) -> Self {
        for i in (0..items.len() / 2).rev() {
            Self::down(&mut items, i);
        }
        Self { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let p = (i - 1) >> 1;
            if self.data[p] <= self.data[i] {
                return;
            }
            self.data.swap(p, i);
            i = p;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let top = match self.data.len() {
            0 => return None,
            1 => return self.data.pop(),
            _ => self.data.swap_remove(0),
        };
        Self::down(&mut self.data, 0);
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

    fn down(v: &mut [T], mut i: usize) {
        let n = v.len();
        loop {
            let Some(c) = [2 * i + 1, 2 * i + 2]
                .into_iter()
                .filter(|&c| c < n)
                .min_by(|&a, &b| v[a].cmp(&v[b]))
            else {
                return;
            };
            if v[c] >= v[i] {
                return;
            }
            v.swap(c, i);
            i = c;
        }
    }
}
