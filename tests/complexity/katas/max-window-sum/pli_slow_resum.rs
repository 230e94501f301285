// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): every window start re-adds its k elements with an inner DO loop
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best_total: i64 = i64::MIN;
    let mut start: usize = 0;
    while start + k <= nums.len() {
        let mut window_total: i64 = 0;
        let mut offset: usize = 0;
        while offset < k {
            window_total = window_total + nums[start + offset] as i64;
            offset = offset + 1;
        }
        if window_total > best_total {
            best_total = window_total;
        }
        start = start + 1;
    }
    Some(best_total)
}
