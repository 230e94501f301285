// learner: optimal
// idiom: GLSL: windows(k + 1) but only its two end texels are sampled (w[0] leaves, w[k] enters), max done branch-free with a sign mask
//! Maximum sum of a sliding window: see README.md.

#[inline]
fn max_branchless(a: i64, b: i64) -> i64 {
    // mask = all ones when b > a, else zero; pick b under the mask
    let mask = -((b > a) as i64);
    a ^ ((a ^ b) & mask)
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut sum = 0i64;
    let mut idx = 0;
    while idx < k {
        sum += nums[idx] as i64;
        idx += 1;
    }
    let mut best = sum;
    for w in nums.windows(k + 1) {
        sum += w[k] as i64 - w[0] as i64;
        best = max_branchless(best, sum);
    }
    Some(best)
}
