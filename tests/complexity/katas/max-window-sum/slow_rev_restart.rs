// learner: slow
// why: max_window_sum is O(n k) time, target O(n): for each window end it walks back k elements with rev().take(k) over a sub-slice
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    (k..=nums.len())
        .map(|end| nums[..end].iter().rev().take(k).map(|&x| x as i64).sum::<i64>())
        .max()
}
