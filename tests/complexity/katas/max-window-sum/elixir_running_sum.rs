// learner: optimal
// idiom: elixir: guard clause returning None early, then a plain running-sum for loop
// why: each element enters and leaves the window once: O(n) time; only the running sum and best are kept: O(1) space
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut sum: i64 = 0;
    for &x in &nums[..k] {
        sum += x as i64;
    }
    let mut best = sum;
    for i in k..nums.len() {
        sum += nums[i] as i64 - nums[i - k] as i64;
        best = best.max(sum);
    }
    Some(best)
}
