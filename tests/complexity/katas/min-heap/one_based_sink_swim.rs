// learner: optimal
// idiom: sift on a generic slice helper taking the length bound, 1-based index arithmetic
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Sift element `pos` (0-based) down within `heap[..end]`, using 1-based math inside.
fn sink<T: Ord>(heap: &mut [T], pos: usize, end: usize) {
    let mut k = pos + 1; // 1-based
    while 2 * k <= end {
        let mut j = 2 * k;
        if j < end && heap[j] < heap[j - 1] {
            j += 1;
        }
        if heap[k - 1] <= heap[j - 1] {
            break;
        }
        heap.swap(k - 1, j - 1);
        k = j;
    }
}

fn swim<T: Ord>(heap: &mut [T], pos: usize) {
    let mut k = pos + 1;
    while k > 1 && heap[k - 1] < heap[k / 2 - 1] {
        heap.swap(k - 1, k / 2 - 1);
        k /= 2;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::with_capacity(0) }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let n = data.len();
        let mut k = n / 2;
        while k >= 1 {
            sink(&mut data, k - 1, n);
            k -= 1;
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let n = self.data.len();
        swim(&mut self.data, n - 1);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let min = self.data.pop();
        let n = self.data.len();
        sink(&mut self.data, 0, n);
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
}
