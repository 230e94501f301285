// learner: optimal
// idiom: index loops with a running sum, early return for invalid k
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut sum: i64 = 0;
    for i in 0..k {
        sum += nums[i] as i64;
    }
    let mut best = sum;
    for i in k..nums.len() {
        sum += nums[i] as i64 - nums[i - k] as i64;
        if sum > best {
            best = sum;
        }
    }
    Some(best)
}
