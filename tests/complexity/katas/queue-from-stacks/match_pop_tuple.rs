// learner: optimal
// idiom: dequeue as a `loop` matching on the (outbox.pop(), inbox.is_empty()) tuple; refill with extend(drain(..).rev()); peek via match on both stacks' ends
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

    /// Adds `value` at the back of the queue. Amortised O(1).
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value)
    }

    /// Removes and returns the front element, or `None` if the queue is empty. Amortised O(1).
    pub fn dequeue(&mut self) -> Option<T> {
        loop {
            match (self.outbox.pop(), self.inbox.is_empty()) {
                (Some(front), _) => return Some(front),
                (None, true) => return None,
                (None, false) => {
                    let inbox = &mut self.inbox;
                    self.outbox.extend(inbox.drain(..).rev());
                }
            }
        }
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        match (self.outbox.last(), self.inbox.first()) {
            (Some(front), _) => Some(front),
            (None, oldest) => oldest,
        }
    }

    /// Number of elements in the queue. O(1).
    pub fn len(&self) -> usize {
        let (a, b) = (self.inbox.len(), self.outbox.len());
        a + b
    }

    /// `true` if the queue holds no elements. O(1).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
