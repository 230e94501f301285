// learner: optimal
// idiom: Solidity smart-contract developer: writes a reusable Stack "library" type first (push/pop/top/bottom/size over a Vec, like a using-for library), then the queue composes two of them and refills with a match loop
//! A queue made of two stacks: see README.md.

/// library Stack: the only operations the queue is allowed to use
struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, value: T) {
        self.items.push(value);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn top(&self) -> Option<&T> {
        self.items.last()
    }
    fn bottom(&self) -> Option<&T> {
        self.items.first()
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    back: Stack<T>,
    front: Stack<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { back: Stack::new(), front: Stack::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.front.pop() {
            Some(v) => Some(v),
            None => {
                loop {
                    match self.back.pop() {
                        Some(v) => self.front.push(v),
                        None => break,
                    }
                }
                self.front.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.front.top() {
            Some(v) => Some(v),
            None => self.back.bottom(),
        }
    }

    pub fn len(&self) -> usize {
        self.front.size() + self.back.size()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
