// learner: slow
// idiom: Groovy/Gradle build engineer: nums.windows(k).collect { it.sum() }.max() — every window summed from scratch
// why: max_window_sum is O(n·k) time, O(n^2) when k ~ n/2, since each of the n-k+1 windows is re-summed, vs the O(n) running-sum target
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k)
        .map(|w| w.iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
