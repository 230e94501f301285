// learner: optimal
// idiom: `loop` with explicit break, separate head/tail cursors like a ring-buffer driver
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    if k > nums.len() {
        return None;
    }
    let mut head: usize = 0; // next element to enter
    let mut tail: usize = 0; // next element to leave
    let mut sum: i64 = 0;
    let mut best: i64 = i64::MIN;
    loop {
        if head == nums.len() {
            break;
        }
        sum = sum + i64::from(nums[head]);
        head = head + 1;
        if head - tail > k {
            sum = sum - i64::from(nums[tail]);
            tail = tail + 1;
        }
        if head - tail == k {
            if sum > best {
                best = sum;
            }
        }
    }
    Some(best)
}
