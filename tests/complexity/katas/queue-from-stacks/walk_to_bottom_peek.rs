// learner: slow
// idiom: a Modula-2 teacher: transfer procedure as in the textbook, but `peek` on an empty outbox walks down the inbox from the top to reach its bottom element, remembering the last one seen
// why: peek is O(n) time (walks the whole inbox whenever the outbox is empty) vs the O(1) target; enqueue/dequeue are amortised O(1)
//! A queue made of two stacks: see README.md.

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /* Moves the inbox onto the outbox; the oldest element ends up on top. */
    fn transfer(&mut self) {
        while let Some(x) = self.inbox.pop() {
            self.outbox.push(x);
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            self.transfer();
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if !self.outbox.is_empty() {
            return self.outbox.last();
        }
        /* walk down the inbox from the top; the last element met is the bottom */
        let mut bottom: Option<&T> = None;
        for element in self.inbox.iter().rev() {
            bottom = Some(element);
        }
        bottom
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty() && self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
