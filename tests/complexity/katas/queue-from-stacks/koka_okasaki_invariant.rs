// learner: optimal
// idiom: Koka: Okasaki's batched queue invariant -- "front is empty only if the whole queue is empty" is restored by a `check` step after every operation, so peek is just the top of the front stack
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
/// Invariant: `outbox.is_empty()` implies `inbox.is_empty()`.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /// Okasaki's `check`: if the front ran dry, rotate the back into it.
    fn check(&mut self) {
        match (self.outbox.is_empty(), self.inbox.is_empty()) {
            (true, false) => {
                while let Some(x) = self.inbox.pop() {
                    self.outbox.push(x);
                }
            }
            _ => {}
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
        self.check();
    }

    pub fn dequeue(&mut self) -> Option<T> {
        let head = self.outbox.pop();
        self.check();
        head
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last()
    }

    pub fn len(&self) -> usize {
        self.outbox.len() + self.inbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
