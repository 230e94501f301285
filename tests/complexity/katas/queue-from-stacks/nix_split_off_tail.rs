// learner: slow
// idiom: Nix: `tail q` builds a new list without the head; here `split_off(1)` gives the rest as a fresh Vec that replaces the old one
// why: split_off(1) copies the n-1 remaining elements into a new allocation on every dequeue: O(n) per dequeue, O(n^2) to drain, target amortised O(1)

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

    pub fn dequeue(&mut self) -> Option<T> {
        if self.inbox.is_empty() {
            return None;
        }
        // { head = elemAt q 0; q = tail q; }
        let rest = self.inbox.split_off(1);
        let head = self.inbox.pop();
        self.inbox = rest;
        // the second stack is only scratch space here
        self.outbox.clear();
        head
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
