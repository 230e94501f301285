// learner: slow
// idiom: Nix: a queue is just a list; dequeue is `{ x = head q; q = tail q; }` -- one Vec, take from the front
// why: Vec::remove(0) shifts every remaining element: O(n) per dequeue, O(n^2) to drain, target amortised O(1)

pub struct TwoStackQueue<T> {
    inbox: Vec<T>,
    // kept to match the skeleton; everything lives in the inbox
    #[allow(dead_code)]
    outbox: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { inbox: Vec::new(), outbox: Vec::new() }
    }

    pub fn enqueue(&mut self, value: T) {
        self.inbox.push(value); // q ++ [ value ]
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.inbox.is_empty() {
            None
        } else {
            Some(self.inbox.remove(0)) // head / tail
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
