// A two-stack queue kept as a tuple field: the refill binds both stacks
// with `let (a, b) = &mut self.s;` under a guard on `self.s.1`, so `b` is
// the guarded stack and each element is moved once: O(1) amortised.
// expect Queue::dequeue: time O(n), space O(1)
// unsure: amortised over many operations, a single call can be O(n)
// target Queue::dequeue: time O(1), space O(1)
pub struct Queue<T> {
    s: (Vec<T>, Vec<T>),
}

impl<T> Queue<T> {
    pub fn dequeue(&mut self) -> Option<T> {
        if self.s.1.is_empty() {
            let (a, b) = &mut self.s;
            b.extend(a.drain(..).rev());
        }
        self.s.1.pop()
    }
}
