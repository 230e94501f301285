// The out-stack refilled by assignment, only once a pop found it empty:
// each element moves once (O(1) amortised), and the collected Vec is the
// queue's own storage, not extra space.
// unsure: amortised over many operations, a single dequeue moves every element
// expect Queue::dequeue: time O(n), space O(n)
// target Queue::dequeue: time O(1), space O(1)
pub struct Queue<T> {
    inbox: Vec<T>,
    outbox: Vec<T>,
}
impl<T> Queue<T> {
    pub fn dequeue(&mut self) -> Option<T> {
        self.outbox.pop().or_else(|| {
            self.outbox = self.inbox.drain(..).rev().collect();
            self.outbox.pop()
        })
    }
}
