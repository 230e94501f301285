// `v.split_off(1)` keeps the first element and moves every other one into a
// new Vec: dequeuing that way is O(n) per call.
// expect Queue::dequeue: time O(n), space O(n)
// target Queue::dequeue: time O(1), space O(1)
pub struct Queue {
    items: Vec<u64>,
}

impl Queue {
    pub fn dequeue(&mut self) -> Option<u64> {
        if self.items.is_empty() {
            return None;
        }
        let rest = self.items.split_off(1);
        let first = self.items.pop();
        self.items = rest;
        first
    }
}
