// learner: optimal
// idiom: C-style index loops, usize counters, running i64 accumulator updated in place
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n: usize = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut acc: i64 = 0;
    let mut i: usize = 0;
    while i < k {
        acc += nums[i] as i64;
        i += 1;
    }
    let mut best: i64 = acc;
    // i == k here
    while i < n {
        acc += nums[i] as i64;
        acc -= nums[i - k] as i64;
        if acc > best {
            best = acc;
        }
        i += 1;
    }
    Some(best)
}
