// A queue from two stacks: the pour is amortised O(1) per dequeue.
// expect Queue::pop: time O(1), space O(1)
// expect Queue::push: time O(1), space O(1)
pub struct Queue {
    inbox: Vec<i32>,
    outbox: Vec<i32>,
}
impl Queue {
    pub fn push(&mut self, x: i32) {
        self.inbox.push(x);
    }
    pub fn pop(&mut self) -> Option<i32> {
        if self.outbox.is_empty() {
            while let Some(x) = self.inbox.pop() {
                self.outbox.push(x);
            }
        }
        self.outbox.pop()
    }
}
