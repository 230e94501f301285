// learner: optimal
// idiom: Delphi/Object Pascal desktop developer: iterative while loops with Child/Parent index variables, a Less(I, J) method like a TComparer, explicit Exchange procedure, early Break
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
        MinHeap { data: Vec::new() }
    }

    fn Less(&self, I: usize, J: usize) -> bool {
        self.data[I] < self.data[J]
    }

    fn Exchange(&mut self, I: usize, J: usize) {
        self.data.swap(I, J);
    }

    fn SiftDown(&mut self, StartIndex: usize) {
        let Count = self.data.len();
        let mut Index = StartIndex;
        loop {
            let Left = 2 * Index + 1;
            if Left >= Count {
                break;
            }
            let Right = Left + 1;
            let mut Smallest = Left;
            if Right < Count && self.Less(Right, Left) {
                Smallest = Right;
            }
            if !self.Less(Smallest, Index) {
                break;
            }
            self.Exchange(Index, Smallest);
            Index = Smallest;
        }
    }

    fn SiftUp(&mut self, StartIndex: usize) {
        let mut Index = StartIndex;
        while Index > 0 {
            let Parent = (Index - 1) / 2;
            if !self.Less(Index, Parent) {
                break;
            }
            self.Exchange(Index, Parent);
            Index = Parent;
        }
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        let mut Heap = MinHeap { data: items };
        let Count = Heap.data.len();
        if Count > 1 {
            let mut I = Count / 2;
            while I > 0 {
                I -= 1;
                Heap.SiftDown(I);
            }
        }
        Heap
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let Last = self.data.len() - 1;
        self.SiftUp(Last);
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.data.is_empty() {
            return None;
        }
        let Result = self.data.swap_remove(0);
        if !self.data.is_empty() {
            self.SiftDown(0);
        }
        Some(Result)
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.is_empty() {
            None
        } else {
            Some(&self.data[0])
        }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
