// learner: optimal
// idiom: C++20-ranges fan: children as a filtered view over [2i+1, 2i+2], min_by_key-style pick, generic sift helpers on slices
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn smaller_child<T: Ord>(v: &[T], i: usize) -> Option<usize> {
    [2 * i + 1, 2 * i + 2]
        .into_iter()
        .filter(|&c| c < v.len())
        .min_by(|&a, &b| v[a].cmp(&v[b]))
}

fn sift_down<T: Ord>(v: &mut [T], mut i: usize) {
    while let Some(c) = smaller_child(v, i).filter(|&c| v[c] < v[i]) {
        v.swap(i, c);
        i = c;
    }
}

fn sift_up<T: Ord>(v: &mut [T], mut i: usize) {
    while let Some(p) = i.checked_sub(1).map(|j| j / 2).filter(|&p| v[i] < v[p]) {
        v.swap(i, p);
        i = p;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        (0..data.len() / 2).rev().for_each(|i| sift_down(&mut data, i));
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        sift_up(&mut self.data, last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let last = self.data.len().checked_sub(1)?;
        self.data.swap(0, last);
        let top = self.data.pop();
        sift_down(&mut self.data, 0);
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
