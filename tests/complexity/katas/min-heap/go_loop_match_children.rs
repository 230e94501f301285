// learner: optimal
// idiom: Go dev writing Rust: `loop` with match on (left, right) child Options via get(), small parent/child index funcs
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn parent(i: usize) -> usize {
    (i - 1) / 2
}

fn left(i: usize) -> usize {
    2 * i + 1
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        let count = heap.data.len();
        let mut idx = count / 2;
        while idx > 0 {
            idx -= 1;
            heap.sift_down(idx);
        }
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut idx = self.data.len() - 1;
        while idx > 0 && self.data[idx] < self.data[parent(idx)] {
            let p = parent(idx);
            self.data.swap(idx, p);
            idx = p;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        self.sift_down(0);
        Some(top)
    }

    fn sift_down(&mut self, start: usize) {
        let mut idx = start;
        loop {
            let l = left(idx);
            let smallest = match (self.data.get(l), self.data.get(l + 1)) {
                (None, _) => break,
                (Some(_), None) => l,
                (Some(a), Some(b)) => {
                    if b < a {
                        l + 1
                    } else {
                        l
                    }
                }
            };
            if self.data[smallest] < self.data[idx] {
                self.data.swap(smallest, idx);
                idx = smallest;
            } else {
                break;
            }
        }
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
