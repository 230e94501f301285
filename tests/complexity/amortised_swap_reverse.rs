// A FIFO from two stacks refilled by swapping them and reversing once the
// front is empty: every element is reversed once, O(1) amortised.
// expect Fifo::dequeue: time O(1), space O(1)
// expect Fifo::enqueue: time O(1), space O(1)
// target Fifo::dequeue: time O(1), space O(1)
// target Fifo::enqueue: time O(1), space O(1)
pub struct Fifo {
    front: Vec<u32>,
    back: Vec<u32>,
}
impl Fifo {
    pub fn enqueue(&mut self, v: u32) {
        self.back.push(v);
    }
    pub fn dequeue(&mut self) -> Option<u32> {
        if self.front.is_empty() {
            std::mem::swap(&mut self.front, &mut self.back);
            self.front.reverse();
        }
        self.front.pop()
    }
}
