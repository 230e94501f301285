// learner: optimal
// idiom: Tcl-ish: inbox/outbox lists, a private `refill` helper proc with a while-let pour, explicit if/else everywhere
pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    // pour the inbox into the outbox, but only when the outbox ran dry
    fn refill(&mut self) {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refill();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        if self.outbox.is_empty() {
            self.inbox.first()
        } else {
            self.outbox.last()
        }
    }

    pub fn len(&self) -> usize {
        let total = self.inbox.len() + self.outbox.len();
        total
    }

    pub fn is_empty(&self) -> bool {
        if self.inbox.is_empty() && self.outbox.is_empty() {
            return true;
        }
        false
    }
}
impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
