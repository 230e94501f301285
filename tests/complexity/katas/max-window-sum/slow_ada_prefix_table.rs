// learner: slow
// why: max_window_sum is O(n) space, target O(1): builds a full prefix-sum table before comparing windows
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    // prefix[i] = nums[0] + ... + nums[i - 1]
    let mut prefix: Vec<i64> = Vec::with_capacity(n + 1);
    prefix.push(0);
    let mut running: i64 = 0;
    for &x in nums {
        running = running.checked_add(i64::from(x))?;
        prefix.push(running);
    }
    let mut best = prefix[k] - prefix[0];
    let mut end = k + 1;
    while end <= n {
        let candidate = prefix[end] - prefix[end - k];
        if candidate > best {
            best = candidate;
        }
        end += 1;
    }
    Some(best)
}
