// learner: optimal
// idiom: Koka: the queue's shape as an explicit enum (Empty / FrontReady / NeedsRotate) computed by a pure `shape` function, and every operation dispatches on it
//! A queue made of two stacks: see README.md.

/// A FIFO queue built from two `Vec` stacks.
pub struct TwoStackQueue<T> {
    /// Where `enqueue` pushes new elements.
    inbox: Vec<T>,
    /// Where `dequeue` pops from.
    outbox: Vec<T>,
}

/// What the two stacks look like right now.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Empty,
    FrontReady,
    NeedsRotate,
}

fn shape<T>(inbox: &[T], outbox: &[T]) -> Shape {
    match (outbox.is_empty(), inbox.is_empty()) {
        (false, _) => Shape::FrontReady,
        (true, false) => Shape::NeedsRotate,
        (true, true) => Shape::Empty,
    }
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        match shape(&self.inbox, &self.outbox) {
            Shape::Empty => None,
            Shape::FrontReady => self.outbox.pop(),
            Shape::NeedsRotate => {
                let mut back = std::mem::take(&mut self.inbox);
                while let Some(x) = back.pop() {
                    self.outbox.push(x);
                }
                self.inbox = back; // keep the (now empty) allocation
                self.outbox.pop()
            }
        }
    }

    pub fn peek(&self) -> Option<&T> {
        match shape(&self.inbox, &self.outbox) {
            Shape::Empty => None,
            Shape::FrontReady => self.outbox.last(),
            Shape::NeedsRotate => self.inbox.first(),
        }
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        shape(&self.inbox, &self.outbox) == Shape::Empty
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
