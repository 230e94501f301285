// learner: optimal
// idiom: Janet: one `while` loop with two indices (hi grows the window, lo trims it once it is k long), like a (loop [hi :range [0 n]] ...) with a trailing pointer
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut lo = 0usize;
    let mut hi = 0usize;
    let mut sum = 0i64;
    let mut best: Option<i64> = None;
    while hi < n {
        sum += nums[hi] as i64;
        hi += 1;
        if hi - lo > k {
            sum -= nums[lo] as i64;
            lo += 1;
        }
        if hi - lo == k {
            best = Some(match best {
                Some(b) if b >= sum => b,
                _ => sum,
            });
        }
    }
    best
}
