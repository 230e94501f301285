// learner: optimal
// idiom: functional: sift_down/sift_up as recursive functions driven by pattern matching on the children (Option pair), smaller child picked with [l, r].into_iter().filter().min_by(); from_vec folds over the internal indices
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

fn sift_down<T: Ord>(data: &mut [T], at: usize) {
    let len = data.len();
    let pick = [2 * at + 1, 2 * at + 2]
        .into_iter()
        .filter(|&c| c < len)
        .min_by(|&a, &b| data[a].cmp(&data[b]));
    match pick {
        Some(c) if data[c] < data[at] => {
            data.swap(c, at);
            sift_down(data, c)
        }
        _ => {}
    }
}

fn sift_up<T: Ord>(data: &mut [T], at: usize) {
    match at.checked_sub(1).map(|p| p / 2) {
        Some(p) if data[at] < data[p] => {
            data.swap(at, p);
            sift_up(data, p)
        }
        _ => {}
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let half = items.len() / 2;
        let data = (0..half).rev().fold(items, |mut acc, i| {
            sift_down(&mut acc, i);
            acc
        });
        MinHeap { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let at = self.data.len() - 1;
        sift_up(&mut self.data, at);
    }

    pub fn pop(&mut self) -> Option<T> {
        match self.data.len() {
            0 => None,
            n => {
                self.data.swap(0, n - 1);
                let top = self.data.pop();
                sift_down(&mut self.data, 0);
                top
            }
        }
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
