// learner: optimal
// idiom: windows() reading only the two ends of each (k+1)-window, match on the edge cases
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => None,
        (k, n) if k > n => None,
        (k, _) => {
            let mut cur: i64 = 0;
            for x in &nums[..k] {
                cur += *x as i64;
            }
            let mut best = cur;
            for w in nums.windows(k + 1) {
                cur += w[k] as i64 - w[0] as i64;
                if cur > best {
                    best = cur;
                }
            }
            Some(best)
        }
    }
}
