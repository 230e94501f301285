// A two-stack queue whose refill is a helper that returns at once unless the
// outbox is empty, and one whose refill sits in the `None` arm of `match
// outbox.pop()`: each element moves across once, O(1) amortised (the walk
// sees the second directly; the first stays an upper bound).
// unsure: amortised over many operations, one call can move n elements
// expect Queue::dequeue: time O(n), space O(1)
// target Queue::dequeue: time O(1), space O(1)
// expect Queue::dequeue_matching: time O(1), space O(1)
// target Queue::dequeue_matching: time O(1), space O(1)
fn refill<T>(inbox: &mut Vec<T>, outbox: &mut Vec<T>) {
    if !outbox.is_empty() {
        return;
    }
    for _ in 0..inbox.len() {
        let v = inbox.pop().unwrap();
        outbox.push(v);
    }
}

pub struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Queue<T> {
    pub fn dequeue(&mut self) -> Option<T> {
        refill(&mut self.inbox, &mut self.outbox);
        self.outbox.pop()
    }

    pub fn dequeue_matching(&mut self) -> Option<T> {
        match self.outbox.pop() {
            Some(v) => Some(v),
            None => {
                self.outbox.extend(self.inbox.drain(..).rev());
                self.outbox.pop()
            }
        }
    }
}
