// learner: optimal
// idiom: Raku-flavoured one-liners: outbox refilled with extend(inbox.drain(..).rev()), Option combinators for peek
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    pending: Vec<T>,
    serving: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        Self { pending: vec![], serving: vec![] }
    }

    pub fn enqueue(&mut self, value: T) {
        self.pending.push(value)
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.serving.pop().or_else(|| {
            self.serving.extend(self.pending.drain(..).rev());
            self.serving.pop()
        })
    }

    pub fn peek(&self) -> Option<&T> {
        self.serving.last().or_else(|| self.pending.first())
    }

    pub fn len(&self) -> usize {
        [&self.pending, &self.serving].iter().map(|s| s.len()).sum()
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
