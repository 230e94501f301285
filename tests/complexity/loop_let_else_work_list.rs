// A `while let` written as `loop` with `let … else { break }` drains its
// local work list once: every element is pushed and popped once, O(n).
// expect total: time O(n), space O(n)
// target total: time O(n), space O(n)
pub fn total(v: &[u64]) -> u64 {
    let mut stack: Vec<u64> = v.to_vec();
    let mut sum = 0u64;
    loop {
        let Some(x) = stack.pop() else { break };
        sum = sum.wrapping_add(x);
    }
    sum
}
