// learner: optimal
// idiom: iterator chain: sum the head, then zip entering/leaving elements and scan the running sum, max over it
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
    let rest = nums[k..]
        .iter()
        .zip(nums)
        .scan(first, |sum, (&enter, &leave)| {
            *sum += i64::from(enter) - i64::from(leave);
            Some(*sum)
        });
    std::iter::once(first).chain(rest).max()
}
