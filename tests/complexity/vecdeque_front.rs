// The same with a VecDeque: pop_front is O(1).
// expect drain_front: time O(n), space O(n)
use std::collections::VecDeque;
pub fn drain_front(items: &[u64]) -> u64 {
    let mut queue: VecDeque<u64> = items.iter().copied().collect();
    let mut sum = 0;
    while let Some(x) = queue.pop_front() {
        sum += x;
    }
    sum
}
