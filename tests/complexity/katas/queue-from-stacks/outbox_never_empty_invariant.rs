// learner: optimal
// idiom: Gleam developer: keeps the invariant "outbox is empty only when the whole queue is", so peek is just outbox.last(); the refill happens right after the dequeue that empties it
/// A FIFO queue built from two `Vec` stacks.
///
/// Invariant: `outbox.is_empty()` implies `inbox.is_empty()`.
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        match self.outbox.is_empty() {
            true => self.outbox.push(value),
            false => self.inbox.push(value),
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        let front = self.outbox.pop();
        if self.outbox.is_empty() {
            restore(&mut self.inbox, &mut self.outbox);
        }
        front
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last()
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.outbox.is_empty()
    }
}

/// Pours `from` onto `onto`, so the oldest element of `from` ends on top.
fn restore<T>(from: &mut Vec<T>, onto: &mut Vec<T>) {
    while let Some(item) = from.pop() {
        onto.push(item);
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
