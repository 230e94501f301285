// learner: optimal
// idiom: Ada-style: explicit precondition checks, checked_add/checked_sub with no panics, while loop over validated indices, two-phase state (fill, slide)
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
    // Phase 1: fill the first window. |sum| <= 10^7 * 2^31 < 2^55, so checked ops never fail.
    let mut sum: i64 = 0;
    let mut i: usize = 0;
    while i < k {
        sum = sum.checked_add(i64::from(nums[i]))?;
        i += 1;
    }
    let mut best = sum;
    // Phase 2: slide. Invariant: sum == nums[i - k .. i].sum().
    while i < n {
        let entering = i64::from(nums[i]);
        let leaving = i64::from(nums[i - k]);
        sum = sum.checked_add(entering)?.checked_sub(leaving)?;
        if sum > best {
            best = sum;
        }
        i += 1;
    }
    debug_assert!(i == n);
    Some(best)
}
