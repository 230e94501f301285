// learner: optimal
// idiom: Solidity smart-contract developer: the textbook two-array pattern, explicit if-empty-then-refill block with a while loop moving one item per iteration, NatSpec on each function
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    /// @notice creates an empty queue
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /// @notice push to the back
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// @notice pop from the front
    /// @dev refills the outbox only when it is empty: each item crosses over once
    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(item) = self.inbox.pop() {
                self.outbox.push(item);
            }
        }
        self.outbox.pop()
    }

    /// @notice front without removing
    /// @dev if the outbox is empty the front is the bottom of the inbox
    pub fn peek(&self) -> Option<&T> {
        if !self.outbox.is_empty() {
            return self.outbox.last();
        }
        self.inbox.first()
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
