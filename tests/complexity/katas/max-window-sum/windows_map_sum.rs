// learner: slow
// why: max_window_sum is O(n·k) = O(n^2) time, target O(n): colleague's one-liner sums every window from scratch with windows(k).map(sum)
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k)
        .map(|w| w.iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
