// learner: optimal
// idiom: elixir: Enum.chunk_every(k+1, 1)-style windows, but only the two ends of each are read in a fold
// why: windows(k + 1) yields slices in O(1) and the fold reads w[0] and w[k] only: O(n) time, O(1) space
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let start = first_window(nums, k);
    let (_, best) = nums
        .windows(k + 1)
        .fold((start, start), |(current, best), w| {
            let next = current - w[0] as i64 + w[k] as i64;
            (next, best.max(next))
        });
    Some(best)
}

fn first_window(nums: &[i32], k: usize) -> i64 {
    let mut i = 0;
    let mut acc = 0i64;
    while i < k {
        acc += nums[i] as i64;
        i += 1;
    }
    acc
}
