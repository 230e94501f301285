// learner: optimal
// idiom: Fortran-style: Floyd's bottom-up pop (walk the smaller-child path to a leaf, then climb), shared climb kernel, for-loops over ranges
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// move a[i] up toward index `floor` while it is smaller than its parent
fn climb<T: Ord>(a: &mut [T], mut i: usize, floor: usize) {
    while i > floor {
        let p = (i - 1) / 2;
        if a[i] >= a[p] {
            return;
        }
        a.swap(i, p);
        i = p;
    }
}

/// bottom-up sift: push the hole at i down the smaller-child path to a leaf, then climb back
fn settle<T: Ord>(a: &mut [T], start: usize) {
    let n = a.len();
    let mut i = start;
    loop {
        let l = 2 * i + 1;
        if l >= n {
            break;
        }
        let c = if l + 1 < n && a[l + 1] < a[l] { l + 1 } else { l };
        a.swap(i, c);
        i = c;
    }
    climb(a, i, start);
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let half = data.len() / 2;
        for k in 0..half {
            settle(&mut data, half - 1 - k);
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let n = self.data.len();
        climb(&mut self.data, n - 1, 0);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let top = self.data.pop();
        if n > 2 {
            settle(&mut self.data, 0);
        }
        top
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() {
            None
        } else {
            Some(&self.data[0])
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
