// Two-stack queues whose refill runs only when the outbox is empty: through
// a private method (`if self.outbox.is_empty() { self.refill() }`), and as a
// swap plus reverse in the `None` arm of `match self.outbox.pop()`. Each
// element moves across once: O(1) amortised.
// expect Queue::dequeue: time O(1), space O(1)
// target Queue::dequeue: time O(1), space O(1)
// expect Queue::dequeue_swapping: time O(1), space O(1)
// target Queue::dequeue_swapping: time O(1), space O(1)
pub struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}

impl<T> Queue<T> {
    pub fn dequeue(&mut self) -> Option<T> {
        if self.outbox.is_empty() {
            self.refill();
        }
        self.outbox.pop()
    }

    pub fn dequeue_swapping(&mut self) -> Option<T> {
        match self.outbox.pop() {
            Some(front) => Some(front),
            None => {
                std::mem::swap(&mut self.inbox, &mut self.outbox);
                self.outbox.reverse();
                self.outbox.pop()
            }
        }
    }

    fn refill(&mut self) {
        self.outbox.extend(self.inbox.drain(..).rev());
    }
}
