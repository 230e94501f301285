// learner: optimal
// idiom: logo teacher: a free-standing generic procedure move_all_from_to(from, to) with a loop/match, dequeue written as an early-return ladder
// why: move_all_from_to runs only on an empty outbox, and each element is moved at most once: O(1) amortised; peek is O(1)
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

// A procedure that works for any two stacks: move every element from one to
// the other. The order flips: the last one in `from` becomes the bottom of `to`.
fn move_all_from_to<T>(from: &mut Vec<T>, to: &mut Vec<T>) {
    loop {
        match from.pop() {
            Some(element) => to.push(element),
            None => return,
        }
    }
}

impl<T> TwoStackQueue<T> {
    /// Creates an empty queue.
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    /// Adds `value` at the back of the queue. Amortised O(1).
    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// Removes and returns the front element, or `None` if the queue is empty. Amortised O(1).
    pub fn dequeue(&mut self) -> Option<T> {
        // Case 1: something is ready in the outbox.
        if let Some(oldest) = self.outbox.pop() {
            return Some(oldest);
        }
        // Case 2: nothing anywhere.
        if self.inbox.is_empty() {
            return None;
        }
        // Case 3: refill the outbox, then take from it.
        move_all_from_to(&mut self.inbox, &mut self.outbox);
        self.outbox.pop()
    }

    /// Returns the front element without removing it, or `None` if the queue is empty. O(1).
    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or(self.inbox.first())
    }

    /// Number of elements in the queue. O(1).
    pub fn len(&self) -> usize {
        let waiting_in_inbox = self.inbox.len();
        let waiting_in_outbox = self.outbox.len();
        waiting_in_inbox + waiting_in_outbox
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
