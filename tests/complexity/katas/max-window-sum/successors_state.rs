// learner: optimal
// idiom: iter::successors over an (index, sum) state, Option guards via then/filter, max via Iterator::max
//! Maximum sum of a sliding window.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    let seed = Some(k).filter(|&k| k > 0 && k <= n)?;
    let at = |i: usize| nums[i] as i64;
    let start: i64 = (0..seed).map(at).sum();
    std::iter::successors(Some((seed, start)), |&(i, s)| (i < n).then(|| (i + 1, s + at(i) - at(i - seed))))
        .map(|(_, s)| s)
        .max()
}
