// learner: slow
// idiom: elixir: Enum.chunk_every(k, 1) |> Enum.map(&Enum.sum/1) |> Enum.max, via slice::windows
// why: misses O(n) time: every one of the n-k+1 windows is summed from scratch, O(n·k) = O(n^2) for k ≈ n/2
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    nums.windows(k)
        .map(|w| w.iter().map(|&x| x as i64).sum::<i64>())
        .max()
}
