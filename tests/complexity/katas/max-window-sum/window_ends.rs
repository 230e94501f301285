// learner: optimal
// idiom: windows(k + 1) reading only the two ends of each, scan for the running sum, then max; early return with checked guards
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || nums.len() < k {
        return None;
    }
    let mut start = 0i64;
    for &x in &nums[..k] {
        start += x as i64;
    }
    let later = nums.windows(k + 1).scan(start, |sum, w| {
        *sum += w[k] as i64 - w[0] as i64;
        Some(*sum)
    });
    Some(later.fold(start, i64::max))
}
