// learner: optimal
// idiom: MATLAB-style: 1-based node numbers k (children 2k, 2k+1, parent floor(k/2)) converted to 0-based at every access, while loops
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
        MinHeap { data: Vec::with_capacity(16) }
    }

    // k is a 1-based node number, n the number of nodes
    fn sink(&mut self, mut k: usize, n: usize) {
        while 2 * k <= n {
            let mut j = 2 * k; // left child, 1-based
            if j + 1 <= n && self.data[j] < self.data[j - 1] {
                j = j + 1; // right child is smaller
            }
            if self.data[k - 1] <= self.data[j - 1] {
                break;
            }
            self.data.swap(k - 1, j - 1);
            k = j;
        }
    }

    fn swim(&mut self, mut k: usize) {
        while k > 1 && self.data[k / 2 - 1] > self.data[k - 1] {
            self.data.swap(k / 2 - 1, k - 1);
            k = k / 2;
        }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        let mut k = n / 2;
        while k >= 1 {
            h.sink(k, n);
            k -= 1;
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let n = self.data.len();
        self.swim(n);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let out = self.data.pop();
        let m = n - 1;
        if m > 1 {
            self.sink(1, m);
        }
        out
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.len() >= 1 {
            Some(&self.data[0])
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
