// learner: optimal
// idiom: borrow-checker-wary style: pop via Vec::pop + std::mem::replace into the root, loop/break sifts with short names, heapify with rev().for_each closure
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

fn down<T: Ord>(v: &mut [T], mut i: usize) {
    let n = v.len();
    loop {
        let l = 2 * i + 1;
        if l >= n {
            break;
        }
        let mut c = l;
        if l + 1 < n && v[l + 1] < v[l] {
            c = l + 1;
        }
        if v[c] >= v[i] {
            break;
        }
        v.swap(c, i);
        i = c;
    }
}

fn up<T: Ord>(v: &mut [T], mut i: usize) {
    loop {
        if i == 0 {
            break;
        }
        let p = (i - 1) >> 1;
        if v[p] <= v[i] {
            break;
        }
        v.swap(p, i);
        i = p;
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let half = data.len() / 2;
        (0..half).rev().for_each(|i| down(&mut data, i));
        Self { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        up(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let tail = self.data.pop()?;
        if self.data.is_empty() {
            return Some(tail);
        }
        let root = std::mem::replace(&mut self.data[0], tail);
        down(&mut self.data, 0);
        Some(root)
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
