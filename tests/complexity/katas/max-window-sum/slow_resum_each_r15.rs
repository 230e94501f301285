// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): re-sums every window from scratch with a range map
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    (0..=nums.len() - k)
        .map(|start| nums[start..start + k].iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
