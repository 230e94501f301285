// learner: optimal
// idiom: Chapel HPC programmer: explicit index domain 0..n, running sum seeded over the first block, then slide with index arithmetic
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    // initial block D = {0..k-1}
    let mut blockSum: i64 = 0;
    for i in 0..k {
        blockSum += nums[i] as i64;
    }
    let mut best = blockSum;
    // slide over the remaining domain {k..n-1}
    for i in k..n {
        blockSum += nums[i] as i64 - nums[i - k] as i64;
        if blockSum > best {
            best = blockSum;
        }
    }
    Some(best)
}
