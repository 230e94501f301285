// learner: slow
// why: max_window_sum is O(n k) time, target O(n): maps every start index to a fresh sum of its k-element slice
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let window_sum = |start: usize| -> i64 { nums[start..start + k].iter().map(|&x| x as i64).sum() };
    (0..=nums.len() - k).map(window_sum).max()
}
