// learner: slow
// why: max_window_sum is O(n*k) = O(n^2) time, target O(n): every window is re-summed from scratch with an inner while loop
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut best = i64::MIN;
    let mut i = 0;
    while i + k <= n {
        let mut s: i64 = 0;
        let mut j = i;
        while j < i + k {
            s += nums[j] as i64;
            j += 1;
        }
        if s > best {
            best = s;
        }
        i += 1;
    }
    Some(best)
}
