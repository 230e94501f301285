// learner: optimal
// idiom: functional: (sum, best) accumulator folded over the entering/leaving pairs from a zip, no mutation outside the fold
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => None,
        (k, n) if k > n => None,
        (k, _) => {
            let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
            let (_, best) = nums[k..]
                .iter()
                .zip(nums)
                .fold((first, first), |(sum, best), (&enter, &leave)| {
                    let next = sum + i64::from(enter) - i64::from(leave);
                    (next, best.max(next))
                });
            Some(best)
        }
    }
}
