// learner: optimal
// idiom: embedded-style: everything inline, raw usize indices i/l/r/m, while loops with explicit break, no helpers
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
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut d = items;
        let n = d.len();
        let mut k = n / 2;
        while k > 0 {
            k -= 1;
            let mut i = k;
            loop {
                let l = 2 * i + 1;
                if l >= n {
                    break;
                }
                let r = l + 1;
                let mut m = l;
                if r < n && d[r] < d[l] {
                    m = r;
                }
                if d[m] < d[i] {
                    d.swap(m, i);
                    i = m;
                } else {
                    break;
                }
            }
        }
        MinHeap { data: d }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i = self.data.len() - 1;
        while i != 0 {
            let p = (i - 1) >> 1;
            if self.data[i] < self.data[p] {
                self.data.swap(i, p);
                i = p;
            } else {
                break;
            }
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let out = self.data.pop();
        let n = n - 1;
        let mut i = 0usize;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let r = l + 1;
            let mut m = l;
            if r < n && self.data[r] < self.data[l] {
                m = r;
            }
            if self.data[m] < self.data[i] {
                self.data.swap(m, i);
                i = m;
            } else {
                break;
            }
        }
        out
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.len() == 0 { None } else { Some(&self.data[0]) }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
