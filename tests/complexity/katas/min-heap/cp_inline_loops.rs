// learner: optimal
// idiom: competitive-programmer style: short names, sift loops written inline in each method, no helpers
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
        MinHeap { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut a = items;
        let n = a.len();
        for s in (0..n / 2).rev() {
            let mut i = s;
            loop {
                let l = 2 * i + 1;
                if l >= n { break; }
                let mut c = l;
                if l + 1 < n && a[l + 1] < a[l] { c = l + 1; }
                if a[c] < a[i] { a.swap(c, i); i = c; } else { break; }
            }
        }
        MinHeap { data: a }
    }

    pub fn push(&mut self, item: T) {
        let a = &mut self.data;
        a.push(item);
        let mut i = a.len() - 1;
        while i > 0 {
            let p = (i - 1) >> 1;
            if a[i] < a[p] { a.swap(i, p); i = p; } else { break; }
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let a = &mut self.data;
        let n = a.len();
        if n == 0 { return None; }
        a.swap(0, n - 1);
        let r = a.pop();
        let n = n - 1;
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            if l >= n { break; }
            let mut c = l;
            if l + 1 < n && a[l + 1] < a[l] { c = l + 1; }
            if a[c] < a[i] { a.swap(c, i); i = c; } else { break; }
        }
        r
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
