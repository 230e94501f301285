// learner: optimal
// idiom: ObjC-style: many small descriptive private methods on the struct, while loops with explicit index bookkeeping
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

impl<T: Ord> MinHeap<T> {
    pub fn new() -> Self {
        MinHeap { data: Vec::with_capacity(0) }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut heapUnderConstruction = MinHeap { data: items };
        heapUnderConstruction.establishHeapPropertyBottomUp();
        heapUnderConstruction
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let indexOfNewItem = self.lastIndex();
        self.bubbleItemUpFromIndex(indexOfNewItem);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        let lastIndex = self.lastIndex();
        self.data.swap(0, lastIndex);
        let smallestItem = self.data.pop();
        if !self.is_empty() {
            self.sinkItemDownFromIndex(0);
        }
        smallestItem
    }

    pub fn peek(&self) -> Option<&T> {
        if self.is_empty() {
            return None;
        }
        Some(&self.data[0])
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    // ---- private helpers ----

    #[allow(non_snake_case)]
    fn lastIndex(&self) -> usize {
        self.data.len() - 1
    }

    #[allow(non_snake_case)]
    fn parentIndexOf(childIndex: usize) -> usize {
        (childIndex - 1) / 2
    }

    #[allow(non_snake_case)]
    fn leftChildIndexOf(parentIndex: usize) -> usize {
        parentIndex * 2 + 1
    }

    #[allow(non_snake_case)]
    fn rightChildIndexOf(parentIndex: usize) -> usize {
        parentIndex * 2 + 2
    }

    #[allow(non_snake_case)]
    fn isValidIndex(&self, index: usize) -> bool {
        index < self.data.len()
    }

    #[allow(non_snake_case)]
    fn itemAtIndexIsSmallerThanItemAtIndex(&self, first: usize, second: usize) -> bool {
        self.data[first] < self.data[second]
    }

    #[allow(non_snake_case)]
    fn indexOfSmallestAmongParentAndChildren(&self, parentIndex: usize) -> usize {
        let mut smallestIndex = parentIndex;
        let leftIndex = Self::leftChildIndexOf(parentIndex);
        let rightIndex = Self::rightChildIndexOf(parentIndex);
        if self.isValidIndex(leftIndex) && self.itemAtIndexIsSmallerThanItemAtIndex(leftIndex, smallestIndex) {
            smallestIndex = leftIndex;
        }
        if self.isValidIndex(rightIndex) && self.itemAtIndexIsSmallerThanItemAtIndex(rightIndex, smallestIndex) {
            smallestIndex = rightIndex;
        }
        smallestIndex
    }

    #[allow(non_snake_case)]
    fn bubbleItemUpFromIndex(&mut self, startIndex: usize) {
        let mut currentIndex = startIndex;
        while currentIndex > 0 {
            let parentIndex = Self::parentIndexOf(currentIndex);
            if !self.itemAtIndexIsSmallerThanItemAtIndex(currentIndex, parentIndex) {
                break;
            }
            self.data.swap(currentIndex, parentIndex);
            currentIndex = parentIndex;
        }
    }

    #[allow(non_snake_case)]
    fn sinkItemDownFromIndex(&mut self, startIndex: usize) {
        let mut currentIndex = startIndex;
        loop {
            let smallestIndex = self.indexOfSmallestAmongParentAndChildren(currentIndex);
            if smallestIndex == currentIndex {
                break;
            }
            self.data.swap(currentIndex, smallestIndex);
            currentIndex = smallestIndex;
        }
    }

    #[allow(non_snake_case)]
    fn establishHeapPropertyBottomUp(&mut self) {
        let numberOfItems = self.data.len();
        if numberOfItems < 2 {
            return;
        }
        let mut internalIndex = numberOfItems / 2;
        while internalIndex > 0 {
            internalIndex -= 1;
            self.sinkItemDownFromIndex(internalIndex);
        }
    }
}
