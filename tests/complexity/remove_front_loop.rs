// Draining a Vec from the front: every remove(0) shifts the rest.
// expect drain_front: time O(n^2), space O(1)
// target drain_front: time O(n), space O(1)
pub fn drain_front(mut queue: Vec<u64>) -> u64 {
    let mut sum = 0;
    while !queue.is_empty() {
        sum += queue.remove(0);
    }
    sum
}
