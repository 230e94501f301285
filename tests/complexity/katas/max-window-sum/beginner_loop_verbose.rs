// learner: optimal
// idiom: beginner-style verbose `loop` with manual index arithmetic, shadowed variables, match on a (k, len) tuple
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Must run in O(n) time with O(1) extra space.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    match (k, n) {
        (0, _) => return None,
        (k, n) if k > n => return None,
        _ => {}
    }

    // first window
    let mut current_sum: i64 = 0;
    let mut i = 0;
    loop {
        if i == k {
            break;
        }
        let value = nums[i] as i64;
        current_sum = current_sum + value;
        i = i + 1;
    }

    let mut best_sum = current_sum;

    // slide the window one step at a time
    let mut right = k;
    loop {
        if right >= n {
            break;
        }
        let left = right - k;
        let entering = nums[right] as i64;
        let leaving = nums[left] as i64;
        let current = current_sum + entering - leaving;
        let current_sum_next = current;
        current_sum = current_sum_next;
        if current_sum > best_sum {
            best_sum = current_sum;
        }
        right = right + 1;
    }

    let best_sum = Some(best_sum);
    best_sum
}
