// learner: optimal
// idiom: free functions over &mut [T], recursive sift_down (depth log n), for-loop heapify over a reversed range
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

fn parent_of(i: usize) -> Option<usize> {
    if i == 0 { None } else { Some((i - 1) / 2) }
}

fn bubble_up<T: Ord>(slots: &mut [T], at: usize) {
    if let Some(p) = parent_of(at) {
        if slots[at] < slots[p] {
            slots.swap(at, p);
            bubble_up(slots, p);
        }
    }
}

fn sink<T: Ord>(slots: &mut [T], at: usize) {
    let kids = [2 * at + 1, 2 * at + 2];
    let best = kids
        .into_iter()
        .filter(|&c| c < slots.len())
        .min_by(|&a, &b| slots[a].cmp(&slots[b]));
    match best {
        Some(c) if slots[c] < slots[at] => {
            slots.swap(c, at);
            sink(slots, c);
        }
        _ => {}
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        for i in (0..data.len() / 2).rev() {
            sink(&mut data, i);
        }
        Self { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        bubble_up(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        let n = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let out = self.data.pop();
        sink(&mut self.data, 0);
        out
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
