// learner: optimal
// idiom: perf programmer; guard clause, index loop over k..n with i64 accumulators, no iterator adaptors in the hot loop
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut sum: i64 = 0;
    let mut i = 0;
    while i < k {
        sum += nums[i] as i64;
        i += 1;
    }
    let mut best = sum;
    for j in k..n {
        sum += nums[j] as i64 - nums[j - k] as i64;
        if sum > best {
            best = sum;
        }
    }
    Some(best)
}
