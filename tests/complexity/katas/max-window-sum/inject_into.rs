// learner: optimal
// idiom: Smalltalk inject:into: — seed sum from take(k), then fold over zip(entering, leaving) carrying (running, best)
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums.iter().take(k).map(|&x| i64::from(x)).sum();
    let entering = nums[k..].iter();
    let leaving = nums.iter();
    let (_, best) = entering.zip(leaving).fold((first, first), |(running, best), (&enter, &leave)| {
        let running = running + i64::from(enter) - i64::from(leave);
        (running, best.max(running))
    });
    Some(best)
}
