// learner: optimal
// idiom: embedded-style: const-generic arity helpers (ARITY = 2) over a slice, while loops, no recursion, no early returns in sift
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

const ARITY: usize = 2;

/// Moves `buf[at]` towards the root until its parent is not larger.
fn rise<T: Ord, const D: usize>(buf: &mut [T], mut at: usize) {
    while at > 0 {
        let parent = (at - 1) / D;
        if buf[at] >= buf[parent] {
            break;
        }
        buf.swap(at, parent);
        at = parent;
    }
}

/// Moves `buf[at]` towards the leaves, always swapping with the smallest child.
fn sink<T: Ord, const D: usize>(buf: &mut [T], mut at: usize) {
    let len = buf.len();
    loop {
        let first = at * D + 1;
        if first >= len {
            break;
        }
        let mut best = first;
        let mut k = 1;
        while k < D && first + k < len {
            if buf[first + k] < buf[best] {
                best = first + k;
            }
            k += 1;
        }
        if buf[best] >= buf[at] {
            break;
        }
        buf.swap(best, at);
        at = best;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let len = data.len();
        if len > 1 {
            let mut node = (len - 2) / ARITY + 1;
            while node > 0 {
                node -= 1;
                sink::<T, ARITY>(&mut data, node);
            }
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        rise::<T, ARITY>(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let len = self.data.len();
        match len {
            0 => None,
            _ => {
                self.data.swap(0, len - 1);
                let out = self.data.pop();
                sink::<T, ARITY>(&mut self.data, 0);
                out
            }
        }
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
