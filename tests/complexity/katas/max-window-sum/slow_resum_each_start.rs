// learner: slow
// why: max_window_sum is O(n*k) = O(n^2) time, target O(n): every start re-sums its whole window from the slice
//! Maximum sum of a sliding window: see README.md.

fn window_total(nums: &[i32], start: usize, k: usize) -> i64 {
    nums[start..start + k].iter().map(|&x| i64::from(x)).sum()
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    (0..=nums.len() - k).map(|start| window_total(nums, start, k)).max()
}
