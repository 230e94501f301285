// learner: slow
// why: TwoStackQueue::peek is O(n) time, target O(1): walks the whole inbox down to its bottom element
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    a: Vec<T>,
    b: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { a: Vec::new(), b: Vec::new() }
    }

    pub fn enqueue(&mut self, v: T) {
        self.a.push(v);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.b.is_empty() { while let Some(x) = self.a.pop() { self.b.push(x); } }
        self.b.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if let Some(x) = self.b.last() { return Some(x); }
        let mut r = None;
        for i in (0..self.a.len()).rev() { r = Some(&self.a[i]); }
        r
    }

    pub fn len(&self) -> usize { self.a.len() + self.b.len() }

    pub fn is_empty(&self) -> bool { self.len() == 0 }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
