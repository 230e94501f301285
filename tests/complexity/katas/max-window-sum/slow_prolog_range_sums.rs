// learner: slow
// why: max_window_sum is O(n·k) time, target O(n): each start index re-sums its own sub-slice via a helper
/// sum of a list, accumulator style
fn total(xs: &[i32]) -> i64 {
    xs.iter().fold(0i64, |acc, &x| acc + x as i64)
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    (0..=nums.len() - k).map(|start| total(&nums[start..start + k])).max()
}
