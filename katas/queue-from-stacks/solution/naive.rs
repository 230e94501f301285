//! A queue in one Vec: dequeue shifts every element (O(n)).

/// A FIFO queue kept in a single `Vec`, front at index 0.
pub struct TwoStackQueue<T> {
    items: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        TwoStackQueue { items: Vec::new() }
    }

    /// Adds `value` at the back of the queue.
    pub fn enqueue(&mut self, value: T) {
        self.items.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty.
    pub fn dequeue(&mut self) -> Option<T> {
        if self.items.is_empty() {
            None
        } else {
            Some(self.items.remove(0))
        }
    }

    /// Returns the front element without removing it.
    pub fn peek(&self) -> Option<&T> {
        self.items.first()
    }

    /// Number of elements in the queue.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// `true` if the queue holds no elements.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
