// learner: optimal
// idiom: Objective-C macOS veteran: inbox/outbox pair with a descriptive refill helper moving elements one by one with while-let pop/push; peek falls back to the inbox's first element
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

#[allow(non_snake_case)]
impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    fn refillOutboxIfNeeded(&mut self) {
        if self.outbox.is_empty() {
            while let Some(element) = self.inbox.pop() {
                self.outbox.push(element);
            }
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refillOutboxIfNeeded();
        self.outbox.pop()
    }

    /// The front is the top of the outbox or, when that is empty, the bottom of the inbox.
    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
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
