// learner: slow
// why: max_window_sum is O(n*k) = O(n^2) time, target O(n): windows(k) mapped to a fresh sum of each window
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k)
        .map(|w| w.iter().map(|&x| i64::from(x)).sum::<i64>())
        .max()
}
