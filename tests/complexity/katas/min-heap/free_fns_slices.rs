// learner: optimal
// idiom: free functions on slices with `loop`, Option-based child selection, iterator-driven heapify
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn sift_down_slice<T: Ord>(v: &mut [T], mut i: usize) {
    loop {
        let l = 2 * i + 1;
        let smaller_child = match (v.get(l), v.get(l + 1)) {
            (None, _) => return,
            (Some(_), None) => l,
            (Some(a), Some(b)) => if b < a { l + 1 } else { l },
        };
        if v[smaller_child] >= v[i] {
            return;
        }
        v.swap(i, smaller_child);
        i = smaller_child;
    }
}

fn sift_up_slice<T: Ord>(v: &mut [T], mut i: usize) {
    while i > 0 {
        let p = (i - 1) / 2;
        if v[p] <= v[i] {
            return;
        }
        v.swap(i, p);
        i = p;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    pub fn from_vec(mut items: Vec<T>) -> Self {
        (0..items.len() / 2).rev().for_each(|i| sift_down_slice(&mut items, i));
        Self { data: items }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        sift_up_slice(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let out = match self.data.len() {
            0 => None,
            1 => self.data.pop(),
            _ => {
                let top = self.data.swap_remove(0);
                sift_down_slice(&mut self.data, 0);
                Some(top)
            }
        };
        out
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
