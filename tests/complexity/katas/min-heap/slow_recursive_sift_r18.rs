// learner: slow
// why: MinHeap::push/pop are O(log n) space, target O(1): sift_up/sift_down recurse once per tree level (call stack)
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn sift_down<T: Ord>(items: &mut [T], at: usize) {
    let smaller_child = [2 * at + 1, 2 * at + 2]
        .into_iter()
        .filter(|&child| child < items.len())
        .min_by(|&a, &b| items[a].cmp(&items[b]));
    if let Some(child) = smaller_child {
        if items[child] < items[at] {
            items.swap(child, at);
            sift_down(items, child);
        }
    }
}

fn sift_up<T: Ord>(items: &mut [T], at: usize) {
    if at == 0 {
        return;
    }
    let parent = (at - 1) / 2;
    if items[at] < items[parent] {
        items.swap(at, parent);
        sift_up(items, parent);
    }
}

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        Self { data: vec![] }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut data = items;
        let internal = data.len() / 2;
        (0..internal).rev().for_each(|i| sift_down(&mut data, i));
        Self { data }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let newest = self.data.len() - 1;
        sift_up(&mut self.data, newest);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        sift_down(&mut self.data, 0);
        Some(top)
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
