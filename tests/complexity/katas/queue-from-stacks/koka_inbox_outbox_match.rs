// learner: optimal
// idiom: Koka: classic two-stack queue; dequeue is a `match` on the outbox's pop, falling back to pouring the inbox (each element moves once)
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

/// Pour one stack into the other, reversing it.
fn pour<T>(from: &mut Vec<T>, to: &mut Vec<T>) {
    while let Some(x) = from.pop() {
        to.push(x);
    }
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.outbox.pop() {
            Some(x) => Some(x),
            None => {
                pour(&mut self.inbox, &mut self.outbox);
                self.outbox.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(x) => Some(x),
            None => self.inbox.first(),
        }
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
