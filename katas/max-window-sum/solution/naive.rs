//! Maximum sum of a sliding window: re-sum every window, O(n·k).

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best = i64::MIN;
    for start in 0..=nums.len() - k {
        let mut sum = 0i64;
        for &x in &nums[start..start + k] {
            sum += i64::from(x);
        }
        best = best.max(sum);
    }
    Some(best)
}
