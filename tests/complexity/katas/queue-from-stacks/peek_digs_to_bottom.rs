// learner: slow
// idiom: PowerShell sysadmin: thinks of the inbox strictly as a stack you can only read from the top, so peek walks it top-down to reach the oldest item, like piping a Stack to Select-Object -Last 1
// why: TwoStackQueue::peek walks the whole inbox when the outbox is empty: O(n) per peek vs the O(1) target; enqueue/dequeue are the usual amortised O(1)
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

    /// Adds `value` at the back of the queue.
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty.
    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            while let Some(item) = self.inbox.pop() {
                self.outbox.push(item);
            }
        }
        self.outbox.pop()
    }

    /// Returns the front element without removing it.
    pub fn peek(&self) -> Option<&T> {
        if let Some(top) = self.outbox.last() {
            return Some(top);
        }
        // dig down from the top of the inbox to the oldest item
        let mut oldest = None;
        for item in self.inbox.iter().rev() {
            oldest = Some(item);
        }
        oldest
    }

    /// Number of elements in the queue.
    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    /// `true` if the queue holds no elements.
    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty() && self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
