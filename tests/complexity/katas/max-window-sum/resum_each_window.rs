// learner: slow
// why: max_window_sum is O(n·k) time, target O(n): re-sums every window from scratch
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best = i64::MIN;
    for start in 0..=nums.len() - k {
        let mut s = 0i64;
        let mut i = start;
        while i < start + k {
            s += nums[i] as i64;
            i += 1;
        }
        best = best.max(s);
    }
    Some(best)
}
