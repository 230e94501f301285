// Two stacks kept in an array field; the front one is refilled by a helper
// (a counted `for` of pops) only when `self.stacks[FRONT].len() == 0`:
// the emptiness test spelt as a length is still the refill guard, so each
// element moves once, O(1) amortised.
// expect Queue::dequeue: time O(1), space O(1)
// target Queue::dequeue: time O(1), space O(1)
const BACK: usize = 0;
const FRONT: usize = 1;

pub struct Queue<T> {
    stacks: [Vec<T>; 2],
}

impl<T> Queue<T> {
    fn refill_front(&mut self) {
        let count = self.stacks[BACK].len();
        let [back, front] = &mut self.stacks;
        for _ in 0..count {
            match back.pop() {
                Some(v) => front.push(v),
                None => break,
            }
        }
    }

    pub fn dequeue(&mut self) -> Option<T> {
        if self.stacks[FRONT].len() == 0 {
            if self.stacks[BACK].len() == 0 {
                return None;
            }
            self.refill_front();
        }
        self.stacks[FRONT].pop()
    }
}
