// learner: optimal
// idiom: Arduino hobbyist: index loops with a running "long" total like a moving-average filter on sensor readings
// why:
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None; // not enough readings yet
    }

    // fill the buffer with the first k readings
    let mut total: i64 = 0;
    for i in 0..k {
        total += nums[i] as i64;
    }
    let mut best = total;

    // slide: add the newest reading, drop the oldest
    for i in k..n {
        total += nums[i] as i64;
        total -= nums[i - k] as i64;
        if total > best {
            best = total;
        }
    }
    Some(best)
}
