// learner: slow
// why: max_window_sum is O(n^2) time, target O(n): re-sums every window from scratch with an inner index loop (k = n/2)
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best: Option<i64> = None;
    let mut start = 0;
    while start + k <= nums.len() {
        let mut s = 0i64;
        let mut j = start;
        while j < start + k {
            s += nums[j] as i64;
            j += 1;
        }
        best = Some(match best {
            Some(b) if b >= s => b,
            _ => s,
        });
        start += 1;
    }
    best
}
