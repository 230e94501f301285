// learner: optimal
// idiom: small Stack trait implemented for Vec, queue generic over the stack type via a helper fn
//! A queue made of two stacks: see README.md.

/// The only operations the kata allows on a stack.
trait Stack<T> {
    fn push_top(&mut self, value: T);
    fn pop_top(&mut self) -> Option<T>;
    fn top(&self) -> Option<&T>;
    fn bottom(&self) -> Option<&T>;
    fn size(&self) -> usize;
}

impl<T> Stack<T> for Vec<T> {
    fn push_top(&mut self, value: T) {
        self.push(value)
    }
    fn pop_top(&mut self) -> Option<T> {
        self.pop()
    }
    fn top(&self) -> Option<&T> {
        self.last()
    }
    fn bottom(&self) -> Option<&T> {
        self.first()
    }
    fn size(&self) -> usize {
        self.len()
    }
}

/// Pours `from` onto `to`, reversing the order.
fn pour<T, S: Stack<T>>(from: &mut S, to: &mut S) {
    while let Some(v) = from.pop_top() {
        to.push_top(v);
    }
}

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push_top(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.size() == 0 {
            pour(&mut self.inbox, &mut self.outbox);
        }
        self.outbox.pop_top()
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.top().or_else(|| self.inbox.bottom())
    }

    pub fn len(&self) -> usize {
        self.inbox.size() + self.outbox.size()
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
