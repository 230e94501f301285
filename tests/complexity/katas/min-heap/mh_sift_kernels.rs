// learner: optimal
// idiom: Fortran-style: free-standing sift kernels over &mut [T] slices, 0-based index arithmetic, while loops
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn siftup<T: Ord>(a: &mut [T], mut i: usize) {
    while i > 0 {
        let p = (i - 1) / 2;
        if a[i] < a[p] {
            a.swap(i, p);
            i = p;
        } else {
            break;
        }
    }
}

fn siftdown<T: Ord>(a: &mut [T], mut i: usize) {
    let n = a.len();
    loop {
        let l = 2 * i + 1;
        if l >= n {
            break;
        }
        let r = l + 1;
        let c = if r < n && a[r] < a[l] { r } else { l };
        if a[c] < a[i] {
            a.swap(c, i);
            i = c;
        } else {
            break;
        }
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let n = data.len();
        let mut i = n / 2;
        while i > 0 {
            i -= 1;
            siftdown(&mut data[..], i);
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        siftup(&mut self.data[..], last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        {
            let (head, tail) = self.data.split_at_mut(n - 1);
            if let Some(root) = head.first_mut() {
                std::mem::swap(root, &mut tail[0]);
            }
        }
        let out = self.data.pop();
        siftdown(&mut self.data[..], 0);
        out
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
