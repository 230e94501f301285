// One self-call on n - 1: linear time, linear stack.
// expect sum_to: time O(n), space O(n)
pub fn sum_to(n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    n + sum_to(n - 1)
}
