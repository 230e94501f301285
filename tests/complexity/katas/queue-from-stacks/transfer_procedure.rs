// learner: optimal
// idiom: a Modula-2 teacher: a separate `transfer` procedure that pops the inbox onto the outbox one element at a time in a WHILE loop, called only when the outbox is empty; IF/ELSE spelled out in every operation
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements (newest on top).
    inbox: Vec<T>,
    /// Where `dequeue` pops from (oldest on top).
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /* Moves every element of the inbox onto the outbox, reversing their order.
       Precondition: the outbox is empty. */
    fn transfer(&mut self) {
        while !self.inbox.is_empty() {
            let element = self.inbox.pop().unwrap();
            self.outbox.push(element);
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            self.transfer();
        }
        if self.outbox.is_empty() {
            return None;
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if !self.outbox.is_empty() {
            self.outbox.last()
        } else {
            /* the oldest element is at the bottom of the inbox */
            self.inbox.first()
        }
    }

    pub fn len(&self) -> usize {
        let total = self.inbox.len() + self.outbox.len();
        total
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
