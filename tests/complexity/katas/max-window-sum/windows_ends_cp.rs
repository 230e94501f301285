// learner: optimal
// idiom: for over windows(k + 1) reading only the two ends w[0] and w[k], mutable running sum and best
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut s: i64 = 0;
    for &x in &nums[..k] {
        s += x as i64;
    }
    let mut b = s;
    for w in nums.windows(k + 1) {
        s += w[k] as i64 - w[0] as i64;
        b = b.max(s);
    }
    Some(b)
}
