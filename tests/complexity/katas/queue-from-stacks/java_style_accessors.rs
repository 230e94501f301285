// learner: optimal
// idiom: Java/C#-style class with small private helper methods and getter-like accessors
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
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

    fn get_inbox_size(&self) -> usize {
        self.inbox.len()
    }

    fn get_outbox_size(&self) -> usize {
        self.outbox.len()
    }

    fn is_outbox_empty(&self) -> bool {
        self.outbox.is_empty()
    }

    fn transfer_if_needed(&mut self) {
        if self.is_outbox_empty() {
            self.transfer_all();
        }
    }

    fn transfer_all(&mut self) {
        while let Some(item) = self.inbox.pop() {
            self.outbox.push(item);
        }
    }

    fn get_front(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(front) => Some(front),
            None => self.inbox.first(),
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.transfer_if_needed();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.get_front()
    }

    pub fn len(&self) -> usize {
        self.get_inbox_size() + self.get_outbox_size()
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
