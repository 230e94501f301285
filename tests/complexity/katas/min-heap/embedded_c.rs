// learner: optimal
// idiom: embedded C style: u32 indices, while loops with manual bounds, child = (i << 1) + 1, free sift functions taking (data, len, i)
//! A binary min-heap: see README.md.

#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn sift_down<T: Ord>(data: &mut [T], len: u32, mut i: u32) {
    loop {
        let l = (i << 1) + 1;
        if l >= len {
            return;
        }
        let r = l + 1;
        let mut m = l;
        if r < len && data[r as usize] < data[l as usize] {
            m = r;
        }
        if data[m as usize] >= data[i as usize] {
            return;
        }
        data.swap(i as usize, m as usize);
        i = m;
    }
}

fn sift_up<T: Ord>(data: &mut [T], mut i: u32) {
    while i > 0 {
        let p = (i - 1) >> 1;
        if data[p as usize] <= data[i as usize] {
            break;
        }
        data.swap(p as usize, i as usize);
        i = p;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let len = data.len() as u32;
        let mut i = len >> 1;
        while i > 0 {
            i -= 1;
            sift_down(&mut data, len, i);
        }
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = (self.data.len() - 1) as u32;
        sift_up(&mut self.data, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let top = self.data.pop();
        let len = self.data.len() as u32;
        sift_down(&mut self.data, len, 0);
        top
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
