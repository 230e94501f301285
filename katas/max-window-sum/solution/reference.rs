//! Maximum sum of a sliding window: a running sum, O(n) time, O(1) space.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut sum: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let mut best = sum;
    // `entering` walks nums[k..]; `leaving` is the element k places behind it.
    for (&entering, &leaving) in nums[k..].iter().zip(nums) {
        sum += i64::from(entering) - i64::from(leaving);
        best = best.max(sum);
    }
    Some(best)
}
