// learner: optimal
// idiom: R-style small pure-ish helper `pour` plus Option combinators; len as a vectorised sum of the two stack lengths
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

fn pour<T>(from: &mut Vec<T>, to: &mut Vec<T>) {
    while let Some(x) = from.pop() {
        to.push(x);
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
        if self.outbox.is_empty() {
            pour(&mut self.inbox, &mut self.outbox);
        }
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        self.outbox.last().or_else(|| self.inbox.first())
    }

    pub fn len(&self) -> usize {
        [self.inbox.len(), self.outbox.len()].iter().sum()
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
