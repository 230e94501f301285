// learner: optimal
// idiom: Swift-server style: free generic sift functions over slices, while-let over an Option<child> picked with min_by, iterator-driven heapify with for_each
#[derive(Debug, Clone)]
pub struct MinHeap<T: Ord> {
    data: Vec<T>,
}

impl<T: Ord> Default for MinHeap<T> {
    fn default() -> Self {
        Self::new()
    }
}

fn smaller_child<T: Ord>(items: &[T], at: usize) -> Option<usize> {
    [2 * at + 1, 2 * at + 2]
        .into_iter()
        .filter(|&child| child < items.len())
        .min_by(|&a, &b| items[a].cmp(&items[b]))
}

fn sift_down<T: Ord>(items: &mut [T], start: usize) {
    let mut at = start;
    while let Some(child) = smaller_child(items, at) {
        if items[child] >= items[at] {
            break;
        }
        items.swap(child, at);
        at = child;
    }
}

fn sift_up<T: Ord>(items: &mut [T], start: usize) {
    let mut at = start;
    while at > 0 {
        let parent = (at - 1) / 2;
        if items[at] >= items[parent] {
            break;
        }
        items.swap(at, parent);
        at = parent;
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
