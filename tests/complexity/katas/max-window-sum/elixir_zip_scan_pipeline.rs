// learner: optimal
// idiom: elixir: a pipeline — zip entering/leaving streams, Stream.scan the running sum, reduce to the max
// why: the zip walks the slice once with O(1) work per step and the adapters are lazy: O(n) time, O(1) space
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => None,
        (k, n) if k > n => None,
        (k, _) => {
            let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
            let best = nums[k..]
                .iter()
                .zip(nums.iter())
                .scan(first, |acc, (&entering, &leaving)| {
                    *acc += i64::from(entering) - i64::from(leaving);
                    Some(*acc)
                })
                .fold(first, i64::max);
            Some(best)
        }
    }
}
