// learner: optimal
// idiom: Go-style (container/heap port): up()/down() helpers with index for-loops and explicit break conditions
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
        let mut h = MinHeap { data: items };
        let n = h.data.len();
        for i in (0..n / 2).rev() {
            h.down(i, n);
        }
        h
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.up(last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let min = self.data.pop();
        let n = self.data.len();
        self.down(0, n);
        min
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.len() == 0 {
            return None;
        }
        Some(&self.data[0])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn up(&mut self, mut j: usize) {
        for _ in 0..self.data.len() {
            if j == 0 {
                break;
            }
            let i = (j - 1) / 2; // parent
            if !(self.data[j] < self.data[i]) {
                break;
            }
            self.data.swap(i, j);
            j = i;
        }
    }

    fn down(&mut self, i0: usize, n: usize) {
        let mut i = i0;
        for _ in 0..n {
            let j1 = 2 * i + 1;
            if j1 >= n {
                break;
            }
            let mut j = j1; // left child
            let j2 = j1 + 1;
            if j2 < n && self.data[j2] < self.data[j1] {
                j = j2; // right child
            }
            if !(self.data[j] < self.data[i]) {
                break;
            }
            self.data.swap(i, j);
            i = j;
        }
    }
}
