// learner: optimal
// idiom: split_at into head window and tail, scan over (entering, leaving) pairs via zip, Option combinators for the guard
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let valid = Some(k).filter(|&k| k > 0 && k <= nums.len())?;
    let (head, _) = nums.split_at(valid);
    let first: i64 = head.iter().map(|&v| v as i64).sum();
    let entering = nums[valid..].iter();
    let leaving = nums.iter();
    let best = entering
        .zip(leaving)
        .scan(first, |running, (&inn, &out)| {
            *running += inn as i64 - out as i64;
            Some(*running)
        })
        .fold(first, i64::max);
    Some(best)
}
