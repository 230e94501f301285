// learner: optimal
// idiom: heavy generics and traits: a HeapSlice trait implemented for [T], generic free sift functions, recursion for sift_down
use std::cmp::Ordering;

/// Index arithmetic for a binary heap laid out level by level.
trait TreeLayout {
    fn parent(i: usize) -> Option<usize>;
    fn children(i: usize) -> (usize, usize);
}

struct Binary;

impl TreeLayout for Binary {
    fn parent(i: usize) -> Option<usize> {
        if i == 0 { None } else { Some((i - 1) / 2) }
    }
    fn children(i: usize) -> (usize, usize) {
        (2 * i + 1, 2 * i + 2)
    }
}

/// The two repair moves of a heap, for any slice of ordered items.
trait HeapSlice {
    fn sift_up_from(&mut self, i: usize);
    fn sift_down_from(&mut self, i: usize);
}

impl<T: Ord> HeapSlice for [T] {
    fn sift_up_from(&mut self, i: usize) {
        sift_up::<T, Binary>(self, i)
    }
    fn sift_down_from(&mut self, i: usize) {
        sift_down::<T, Binary>(self, i)
    }
}

fn sift_up<T: Ord, L: TreeLayout>(items: &mut [T], mut i: usize) {
    while let Some(p) = L::parent(i) {
        if items[i].cmp(&items[p]) != Ordering::Less {
            break;
        }
        items.swap(i, p);
        i = p;
    }
}

fn sift_down<T: Ord, L: TreeLayout>(items: &mut [T], i: usize) {
    let (left, right) = L::children(i);
    if left >= items.len() {
        return;
    }
    let smaller = if right < items.len() && items[right] < items[left] { right } else { left };
    if items[smaller] < items[i] {
        items.swap(smaller, i);
        sift_down::<T, L>(items, smaller);
    }
}

fn heapify<T: Ord, S: AsMut<[T]>>(mut storage: S) -> S {
    let slice = storage.as_mut();
    for i in (0..slice.len() / 2).rev() {
        slice.sift_down_from(i);
    }
    storage
}

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
        MinHeap { data: heapify(items) }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.data.sift_up_from(last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let top = self.data.len().checked_sub(1)?;
        self.data.swap(0, top);
        let min = self.data.pop();
        self.data.sift_down_from(0);
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
