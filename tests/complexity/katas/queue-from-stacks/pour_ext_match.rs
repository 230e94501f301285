// learner: optimal
// idiom: Kotlin-style extension trait `Vec<T>.pourInto(other)`, match on outbox.pop() with a recursive-free fallback, derived Default
//! A queue made of two stacks: see README.md.

/// Extension: move every element of `self` onto `target`, reversing the order.
trait PourInto<T> {
    fn pour_into(&mut self, target: &mut Vec<T>);
}

impl<T> PourInto<T> for Vec<T> {
    fn pour_into(&mut self, target: &mut Vec<T>) {
        while let Some(item) = self.pop() {
            target.push(item);
        }
    }
}

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    incoming: Vec<T>,
    outgoing: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { incoming: vec![], outgoing: vec![] }
    }

    pub fn enqueue(&mut self, value: T) {
        self.incoming.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match self.outgoing.pop() {
            Some(item) => Some(item),
            None => {
                self.incoming.pour_into(&mut self.outgoing);
                self.outgoing.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outgoing.last() {
            Some(top) => Some(top),
            None => self.incoming.first(),
        }
    }

    pub fn len(&self) -> usize {
        self.incoming.len() + self.outgoing.len()
    }

    pub fn is_empty(&self) -> bool {
        matches!((self.incoming.is_empty(), self.outgoing.is_empty()), (true, true))
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
