// learner: slow
// why: max_window_sum is O(n k) time, target O(n): maps every start index to a fresh sum over nums[i..i + k]
//! Maximum sum of a sliding window.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let window_total = |start: usize| -> i64 { nums[start..start + k].iter().map(|&v| v as i64).sum() };
    (0..=n - k).map(window_total).max()
}
