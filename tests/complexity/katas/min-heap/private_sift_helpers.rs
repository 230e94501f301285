// learner: optimal
// idiom: Swift-server style: impl block with private helpers (parent/children/sift_up/sift_down), guard-ish early returns
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
        Self { data: Vec::new() }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heap = Self { data: items };
        heap.heapify();
        heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let last = self.data.len() - 1;
        self.sift_up(last);
    }

    pub fn pop(&mut self) -> Option<T> {
        guard_non_empty(self.data.len())?;
        let last = self.data.len() - 1;
        self.data.swap(0, last);
        let smallest = self.data.pop();
        if !self.data.is_empty() {
            self.sift_down(0);
        }
        smallest
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

    fn heapify(&mut self) {
        let count = self.data.len();
        for index in (0..count / 2).rev() {
            self.sift_down(index);
        }
    }

    fn parent(index: usize) -> usize {
        (index - 1) / 2
    }

    fn children(index: usize) -> (usize, usize) {
        (2 * index + 1, 2 * index + 2)
    }

    fn sift_up(&mut self, mut index: usize) {
        while index > 0 {
            let parent = Self::parent(index);
            if self.data[index] >= self.data[parent] {
                return;
            }
            self.data.swap(index, parent);
            index = parent;
        }
    }

    fn sift_down(&mut self, mut index: usize) {
        let count = self.data.len();
        loop {
            let (left, right) = Self::children(index);
            let mut smallest = index;
            if left < count && self.data[left] < self.data[smallest] {
                smallest = left;
            }
            if right < count && self.data[right] < self.data[smallest] {
                smallest = right;
            }
            if smallest == index {
                return;
            }
            self.data.swap(index, smallest);
            index = smallest;
        }
    }
}

fn guard_non_empty(count: usize) -> Option<()> {
    if count == 0 { None } else { Some(()) }
}
