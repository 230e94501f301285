// learner: optimal
// idiom: PHP-style foreach with enumerate, running total and a $best variable, early return guard
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut total: i64 = 0;
    let mut best: i64 = i64::MIN;
    for (index, value) in nums.iter().enumerate() {
        total = total + *value as i64;
        if index >= k {
            total = total - nums[index - k] as i64;
        }
        if index + 1 >= k && total > best {
            best = total;
        }
    }
    Some(best)
}
