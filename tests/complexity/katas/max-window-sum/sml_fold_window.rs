// learner: optimal
// idiom: Standard ML student: match on the degenerate cases, then one fold over (leaving, entering) pairs carrying (sum, best)
// why:
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => None,
        (k, n) if k > n => None,
        (k, _) => {
            let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
            let (_, best) = nums
                .iter()
                .zip(&nums[k..])
                .fold((first, first), |(sum, best), (&out, &inn)| {
                    let sum = sum - i64::from(out) + i64::from(inn);
                    (sum, best.max(sum))
                });
            Some(best)
        }
    }
}
