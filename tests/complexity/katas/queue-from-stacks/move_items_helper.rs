// learner: optimal
// idiom: PowerShell sysadmin: a Move-Items helper (like Move-Item from an incoming to an outgoing folder), dequeue written as "try outgoing, else move and try again" with Option chaining, peek via or_else
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /// Move-Items: empty the incoming stack onto the outgoing one (reverses the order).
    fn move_items(&mut self) {
        while let Some(item) = self.inbox.pop() {
            self.outbox.push(item);
        }
    }

    /// Adds `value` at the back of the queue.
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value)
    }

    /// Removes and returns the front element.
    pub fn dequeue(&mut self) -> Option<T> {
        self.outbox.pop().or_else(|| {
            self.move_items();
            self.outbox.pop()
        })
    }

    /// Returns the front element without removing it.
    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
    }

    /// Number of elements in the queue.
    pub fn len(&self) -> usize {
        [self.inbox.len(), self.outbox.len()].iter().sum()
    }

    /// `true` if the queue holds no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
