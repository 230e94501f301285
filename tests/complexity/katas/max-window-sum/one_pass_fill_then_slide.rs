// learner: optimal
// idiom: Tcl/Tk tools engineer: one `foreach`-style pass that fills the window and then slides, with a "have we got k yet" check
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    let mut total: i64 = 0;
    let mut best: Option<i64> = None;
    for (idx, &val) in nums.iter().enumerate() {
        total += val as i64;
        if idx >= k {
            total -= nums[idx - k] as i64;
        }
        if idx + 1 >= k {
            best = Some(match best {
                Some(b) if b >= total => b,
                _ => total,
            });
        }
    }
    best
}
