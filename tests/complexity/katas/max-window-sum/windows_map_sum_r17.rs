// learner: slow
// why: max_window_sum is O(n·k) time, target O(n): every window is re-summed from scratch via windows().map(sum)
//! Maximum sum of a sliding window: see README.md.

/// Named formula: SUM over a range of cells.
fn range_sum(window: &[i32]) -> i64 {
    window.iter().map(|&v| v as i64).sum()
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k).map(range_sum).max()
}
