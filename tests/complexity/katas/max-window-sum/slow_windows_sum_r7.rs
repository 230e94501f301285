// learner: slow
// why: max_window_sum is O(n k) time, target O(n): every window from windows(k) is re-summed from scratch
//! Maximum sum of a sliding window.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k).map(|w| w.iter().map(|&x| i64::from(x)).sum::<i64>()).max()
}
