// learner: slow
// idiom: GLSL: a "box blur" that re-samples all k texels for every output position (no sliding accumulator)
// why: re-sums each of the n - k + 1 windows from scratch: O(n * k) time, O(n^2) for k ~ n/2
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut best = i64::MIN;
    for start in 0..=(n - k) {
        let mut acc = 0i64;
        for tap in 0..k {
            acc += nums[start + tap] as i64;
        }
        best = best.max(acc);
    }
    Some(best)
}
