// learner: optimal
// idiom: Terraform-style: locals computed up front, one for loop over the tail with a running sum
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    // "locals": the first window, computed once
    let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let mut current = first;
    let mut best = first;
    for i in k..nums.len() {
        current += i64::from(nums[i]) - i64::from(nums[i - k]);
        best = best.max(current);
    }
    Some(best)
}
