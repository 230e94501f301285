// learner: optimal
// idiom: GLSL: two "lanes" read in lockstep, entering = nums[k..], leaving = nums[..], folded into (sum, best)
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let seed: i64 = nums[..k].iter().map(|&x| x as i64).sum();
    let (_, best) = nums[k..]
        .iter()
        .zip(nums.iter())
        .fold((seed, seed), |(sum, best), (&enter, &leave)| {
            let s = sum + enter as i64 - leave as i64;
            (s, best.max(s))
        });
    Some(best)
}
