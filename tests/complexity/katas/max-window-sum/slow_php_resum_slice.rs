// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): array_sum(array_slice(...)) habit, every window re-summed from scratch
//! Maximum sum of a sliding window: see README.md.

fn window_total(part: &[i32]) -> i64 {
    part.iter().map(|v| *v as i64).sum()
}

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best: Option<i64> = None;
    for start in 0..=nums.len() - k {
        let total = window_total(&nums[start..start + k]);
        best = match best {
            None => Some(total),
            Some(b) if total > b => Some(total),
            other => other,
        };
    }
    best
}
