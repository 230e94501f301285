// learner: optimal
// idiom: GLSL: one running sum over the texel row, add the entering lane, subtract the leaving lane (idx - k)
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut sum: i64 = 0;
    for idx in 0..k {
        sum += nums[idx] as i64;
    }
    let mut best = sum;
    for idx in k..n {
        sum += nums[idx] as i64 - nums[idx - k] as i64;
        best = best.max(sum);
    }
    Some(best)
}
