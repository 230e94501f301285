// learner: optimal
// idiom: Nix: the classic functional queue { front; back; } -- back collects, front is the reversed back, only refilled when it runs dry
// why: every element is pushed to the inbox once, moved once and popped once: amortised O(1) per operation; peek reads one end

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value);
    }

    /// front = if front == [] then reverseList back else front
    fn refill(&mut self) {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        self.refill();
        self.outbox.pop()
    }

    pub fn peek(&self) -> Option<&T> {
        // the oldest is on top of the outbox, or at the bottom of the inbox
        self.outbox.last().or_else(|| self.inbox.first())
    }

    pub fn len(&self) -> usize {
        self.inbox.len() + self.outbox.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inbox.is_empty() && self.outbox.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
