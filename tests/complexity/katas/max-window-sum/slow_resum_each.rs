// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): every window start re-sums its k elements from scratch
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    (0..=nums.len() - k)
        .map(|start| nums[start..start + k].iter().map(|&v| v as i64).sum::<i64>())
        .max()
}
