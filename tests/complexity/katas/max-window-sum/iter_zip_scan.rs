// learner: optimal
// idiom: colleague's iterator style: sum of the first window, then zip entering/leaving elements into a fold
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let (_, best) = nums[k..]
        .iter()
        .zip(nums.iter())
        .fold((first, first), |(sum, best), (&enter, &leave)| {
            let sum = sum + i64::from(enter) - i64::from(leave);
            (sum, best.max(sum))
        });
    Some(best)
}
