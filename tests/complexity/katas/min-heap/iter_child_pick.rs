// learner: optimal
// idiom: high-level iterative: smaller child picked with an iterator over [l, r] + min_by, while-let loop, checked_sub for the parent
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

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        for i in (0..heap.data.len() / 2).rev() {
            heap.sink(i);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut at = self.data.len() - 1;
        while let Some(parent) = at.checked_sub(1).map(|x| x / 2) {
            if self.data[parent] <= self.data[at] {
                break;
            }
            self.data.swap(parent, at);
            at = parent;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
        self.data.swap(0, last);
        let min = self.data.pop();
        self.sink(0);
        min
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

    fn smaller_child(&self, i: usize) -> Option<usize> {
        let n = self.data.len();
        [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|&c| c < n)
            .min_by(|&a, &b| self.data[a].cmp(&self.data[b]))
    }

    fn sink(&mut self, mut i: usize) {
        while let Some(c) = self.smaller_child(i) {
            if self.data[c] >= self.data[i] {
                break;
            }
            self.data.swap(c, i);
            i = c;
        }
    }
}
