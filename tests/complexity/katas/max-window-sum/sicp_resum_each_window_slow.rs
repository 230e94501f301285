// learner: slow
// why: max_window_sum is O(n·k) time, target O(n): every window start calls a helper that re-sums its k elements from scratch
//! Maximum sum of a sliding window: see README.md.

/// Sum of the window that starts at `start`: an accumulate over k terms.
fn window_sum(nums: &[i32], start: usize, k: usize) -> i64 {
    accumulate(nums, start, start + k, 0)
}

fn accumulate(nums: &[i32], i: usize, end: usize, acc: i64) -> i64 {
    let mut i = i;
    let mut acc = acc;
    while i < end {
        acc += nums[i] as i64;
        i += 1;
    }
    acc
}

fn larger(a: i64, b: i64) -> i64 {
    if a > b { a } else { b }
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let last_start = nums.len() - k;
    let mut best = window_sum(nums, 0, k);
    let mut start = 1;
    while start <= last_start {
        best = larger(best, window_sum(nums, start, k));
        start += 1;
    }
    Some(best)
}
