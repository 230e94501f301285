// learner: optimal
// idiom: Nix: Okasaki's batched queue with a `check` that restores the invariant "front is empty only if the whole queue is" after every update, so peek is always `last front`
// why: check moves the back only when the front is empty; each element moves once: amortised O(1) enqueue/dequeue, O(1) peek

pub struct TwoStackQueue<T> {
    front: Vec<T>,
    back: Vec<T>,
}

impl<T> TwoStackQueue<T> {
    pub fn new() -> Self {
        TwoStackQueue { front: Vec::new(), back: Vec::new() }
    }

    /// check { front, back } = if front == [] then { front = reverseList back; back = []; } else q
    fn check(&mut self) {
        if self.front.is_empty() {
            while let Some(x) = self.back.pop() {
                self.front.push(x);
            }
        }
    }

    pub fn enqueue(&mut self, value: T) {
        self.back.push(value);
        self.check();
    }

    pub fn dequeue(&mut self) -> Option<T> {
        let out = self.front.pop();
        self.check();
        out
    }

    pub fn peek(&self) -> Option<&T> {
        self.front.last()
    }

    pub fn len(&self) -> usize {
        self.front.len() + self.back.len()
    }

    pub fn is_empty(&self) -> bool {
        self.front.is_empty()
    }
}

impl<T> Default for TwoStackQueue<T> {
    fn default() -> Self {
        Self::new()
    }
}
