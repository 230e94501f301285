// learner: optimal
// idiom: COBOL-style: explicit index arithmetic in while loops, ws_ counters, separate sift-up / sift-down paragraphs, swap by index
//! A binary min-heap: see README.md.

/// A priority queue that always hands out its smallest item first.
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
        let mut ws_heap = MinHeap { data: items };
        let ws_n = ws_heap.data.len();
        if ws_n > 1 {
            let mut ws_i: usize = ws_n / 2;
            while ws_i > 0 {
                ws_i = ws_i - 1;
                ws_heap.sift_down_paragraph(ws_i);
            }
        }
        ws_heap
    }

    fn sift_up_paragraph(&mut self, start: usize) {
        let mut ws_child: usize = start;
        while ws_child > 0 {
            let ws_parent: usize = (ws_child - 1) / 2;
            if self.data[ws_child] < self.data[ws_parent] {
                self.data.swap(ws_child, ws_parent);
                ws_child = ws_parent;
            } else {
                break;
            }
        }
    }

    fn sift_down_paragraph(&mut self, start: usize) {
        let ws_n: usize = self.data.len();
        let mut ws_pos: usize = start;
        loop {
            let ws_left: usize = 2 * ws_pos + 1;
            let ws_right: usize = ws_left + 1;
            let mut ws_smallest: usize = ws_pos;
            if ws_left < ws_n && self.data[ws_left] < self.data[ws_smallest] {
                ws_smallest = ws_left;
            }
            if ws_right < ws_n && self.data[ws_right] < self.data[ws_smallest] {
                ws_smallest = ws_right;
            }
            if ws_smallest == ws_pos {
                break;
            }
            self.data.swap(ws_pos, ws_smallest);
            ws_pos = ws_smallest;
        }
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let ws_last = self.data.len() - 1;
        self.sift_up_paragraph(ws_last);
    }

    pub fn pop(&mut self) -> Option<T> {
        let ws_n = self.data.len();
        if ws_n == 0 {
            return None;
        }
        self.data.swap(0, ws_n - 1);
        let ws_out = self.data.pop();
        if self.data.len() > 1 {
            self.sift_down_paragraph(0);
        }
        ws_out
    }

    pub fn peek(&self) -> Option<&T> {
        if self.data.len() == 0 {
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
