// learner: slow
// idiom: Coq-trained formal methods student: the specification read literally, max over all windows of their sum
// why: max_window_sum is O(n·k) (O(n^2) for k ≈ n/2) vs the O(n) target: every window is re-summed from scratch by `windows(k)`
//! Maximum sum of a sliding window: see README.md.

/// The sum of one window, as in the definition.
fn window_sum(w: &[i32]) -> i64 {
    w.iter().map(|&x| i64::from(x)).sum()
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    nums.windows(k).map(window_sum).max()
}
