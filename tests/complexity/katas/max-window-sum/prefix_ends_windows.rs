// learner: optimal
// idiom: slice::windows(k + 1) reading only the two ends of each window, fold with a (sum, best) tuple
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut start = 0i64;
    for &x in &nums[..k] {
        start += x as i64;
    }
    let (_, best) = nums.windows(k + 1).fold((start, start), |(sum, best), w| {
        let next = sum - w[0] as i64 + w[k] as i64;
        (next, best.max(next))
    });
    Some(best)
}
