// learner: slow
// idiom: Janet: for each start, a nested `while` summing the k elements of that window from scratch
// why: re-sums every one of the n - k + 1 windows: O(n k), O(n^2) when k is about n/2
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best = i64::MIN;
    let mut start = 0;
    while start + k <= nums.len() {
        let mut s = 0i64;
        let mut j = start;
        while j < start + k {
            s += nums[j] as i64;
            j += 1;
        }
        if s > best {
            best = s;
        }
        start += 1;
    }
    Some(best)
}
