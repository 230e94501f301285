// learner: optimal
// idiom: Nix: a free-standing pure-ish helper `pour from to` (like `foldl' (acc: x: acc ++ [x])` but on stacks), Option combinators instead of ifs, and an explicit `size` attribute kept alongside
// why: pour runs only on an empty outbox, so each element is poured once: amortised O(1) dequeue; enqueue is a push; peek and len are O(1)

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
    size: usize,
}

/// moves everything from one stack onto the other, reversing it
fn pour<T>(from: &mut Vec<T>, to: &mut Vec<T>) {
    while let Some(top) = from.pop() {
        to.push(top);
    }
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new(), size: 0 }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
        self.size += 1;
    }

    pub fn dequeue(&mut self) -> Option<T> {
        let got = self.outbox.pop().or_else(|| {
            pour(&mut self.inbox, &mut self.outbox);
            self.outbox.pop()
        });
        if got.is_some() {
            self.size -= 1;
        }
        got
    }

    pub fn peek(&self) -> Option<&T> {
        match self.outbox.last() {
            Some(top) => Some(top),
            None => self.inbox.first(),
        }
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
