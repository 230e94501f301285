// learner: optimal
// idiom: index while loops, i64 casts, running sum with add-enter / subtract-leave, early return
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut s = 0i64;
    let mut i = 0usize;
    while i < k {
        s += nums[i] as i64;
        i += 1;
    }
    let mut b = s;
    while i < n {
        s += nums[i] as i64 - nums[i - k] as i64;
        if s > b {
            b = s;
        }
        i += 1;
    }
    Some(b)
}
