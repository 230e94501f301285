// learner: slow
// idiom: Koka: dequeue as `uncons` -- split the list into head and tail (`split_off(1)`) and keep the tail as the new list, like matching `Cons(x, rest)`
// why: `split_off(1)` copies the n-1 remaining elements into a fresh Vec on every dequeue: O(n) per dequeue, O(n^2) to drain a queue of n
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from: always holds just the head after an uncons.
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// `match xs { Cons(x, rest) -> (Just(x), rest), Nil -> (Nothing, Nil) }`
    pub fn dequeue(&mut self) -> Option<T> {
        match self.inbox.is_empty() {
            true => None,
            false => {
                let rest = self.inbox.split_off(1);
                self.outbox = std::mem::replace(&mut self.inbox, rest);
                self.outbox.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        self.inbox.first()
    }

    pub fn len(&self) -> usize {
        self.inbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
