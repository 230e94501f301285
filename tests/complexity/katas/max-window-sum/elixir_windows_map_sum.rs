// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): every window is re-summed with windows().map(sum)
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k)
        .map(|window| window.iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
