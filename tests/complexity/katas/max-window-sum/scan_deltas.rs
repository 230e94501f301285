// learner: optimal
// idiom: Haskell-fan point-free style: deltas via map over a range, scan for the running sum, fold with i64::max, bool::then for the guard
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    (k > 0 && k <= nums.len()).then(|| {
        let wide = |x: &i32| i64::from(*x);
        let seed: i64 = nums[..k].iter().map(wide).sum();
        (k..nums.len())
            .map(|j| wide(&nums[j]) - wide(&nums[j - k]))
            .scan(seed, |acc, d| {
                *acc += d;
                Some(*acc)
            })
            .fold(seed, i64::max)
    })
}
