// learner: optimal
// idiom: Tcl/Tk tools engineer: one index loop, a running total updated like `incr sum`, early returns for bad input
// Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    set_up_and_slide(nums, k)
}

fn set_up_and_slide(nums: &[i32], k: usize) -> Option<i64> {
    let mut sum: i64 = 0;
    for i in 0..k {
        sum += nums[i] as i64;
    }
    let mut best = sum;
    for i in k..nums.len() {
        // incr sum [expr {$in - $out}]
        sum += nums[i] as i64 - nums[i - k] as i64;
        if sum > best {
            best = sum;
        }
    }
    Some(best)
}
