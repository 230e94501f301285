// learner: slow
// why: max_window_sum is O(n) space, target O(1): builds a full prefix-sum Vec<i64> before scanning
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut prefix: Vec<i64> = Vec::with_capacity(n + 1);
    prefix.push(0);
    for i in 0..n {
        let last = prefix[i];
        prefix.push(last + nums[i] as i64);
    }
    let mut best = i64::MIN;
    for i in k..=n {
        let s = prefix[i] - prefix[i - k];
        if s > best {
            best = s;
        }
    }
    Some(best)
}
