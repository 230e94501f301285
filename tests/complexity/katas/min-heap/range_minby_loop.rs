// learner: optimal
// idiom: impl-private helpers, `loop` with early returns, smaller child picked by `min_by_key` over the child index range
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

    fn down(&mut self, mut at: usize) {
        let len = self.data.len();
        loop {
            let first = 2 * at + 1;
            if first >= len {
                return;
            }
            let last = (first + 2).min(len);
            let kid = (first..last)
                .min_by(|&a, &b| self.data[a].cmp(&self.data[b]))
                .unwrap_or(first);
            if self.data[kid] >= self.data[at] {
                return;
            }
            self.data.swap(kid, at);
            at = kid;
        }
    }

    fn up(&mut self, mut at: usize) {
        while at > 0 {
            let above = (at - 1) >> 1;
            if self.data[above] <= self.data[at] {
                return;
            }
            self.data.swap(above, at);
            at = above;
        }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = Self { data: items };
        let mut i = h.data.len() / 2;
        while i > 0 {
            i -= 1;
            h.down(i);
        }
        h
    }

    pub fn push(&mut self, item: T) {
        let at = self.data.len();
        self.data.push(item);
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
        self.data.get(0)
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
