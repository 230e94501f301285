// learner: optimal
// idiom: iterator chain over windows(k + 1) reading only the two ends (w[0] leaves, w[k] enters), scan for the running sum, max with chain(once(first))
//! Maximum sum of a sliding window: see README.md.

use std::iter::once;

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first = nums.iter().take(k).map(|&x| x as i64).sum::<i64>();
    let later = nums.windows(k + 1).scan(first, |running, w| {
        *running += w[k] as i64 - w[0] as i64;
        Some(*running)
    });
    once(first).chain(later).max()
}
