// learner: slow
// idiom: Arduino hobbyist: for every start position, loop k readings again and add them up
// why: max_window_sum is O(n·k) time (O(n^2) for k ~ n/2) vs the O(n) target, because each window is re-summed from scratch instead of updated
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut best: i64 = i64::MIN;
    let mut start = 0;
    while start + k <= n {
        let mut total: i64 = 0;
        for j in 0..k {
            total += nums[start + j] as i64;
        }
        if total > best {
            best = total;
        }
        start += 1;
    }
    Some(best)
}
