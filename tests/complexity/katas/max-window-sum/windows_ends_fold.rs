// learner: optimal
// idiom: slice::windows(k + 1) reading only both ends, scan/fold with Option combinators
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    (k > 0 && k <= nums.len()).then(|| {
        let first: i64 = nums[..k].iter().map(|&v| v as i64).sum();
        nums.windows(k + 1)
            .scan(first, |sum, w| {
                *sum += w[k] as i64 - w[0] as i64;
                Some(*sum)
            })
            .fold(first, i64::max)
    })
}
