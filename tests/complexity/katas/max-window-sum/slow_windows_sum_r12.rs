// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): every window is re-summed via windows(k).map(sum)
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k)
        .map(|w| w.iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
