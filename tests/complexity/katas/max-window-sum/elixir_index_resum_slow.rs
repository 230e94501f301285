// learner: slow
// idiom: elixir: recompute each window's total with an inner loop over its k indices
// why: misses O(n) time: an inner loop of k per start position, O(n·k) = O(n^2) for k ≈ n/2
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best: Option<i64> = None;
    for start in 0..=nums.len() - k {
        let mut total = 0i64;
        for i in start..start + k {
            total += nums[i] as i64;
        }
        best = match best {
            None => Some(total),
            Some(b) => Some(b.max(total)),
        };
    }
    best
}
