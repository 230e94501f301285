// learner: slow
// why: max_window_sum is O(n k) time, target O(n): inner while loop re-adds k elements per start index
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut best: Option<i64> = None;
    let mut start = 0;
    while start + k <= nums.len() {
        let mut total = 0i64;
        let mut j = start;
        while j < start + k {
            total += nums[j] as i64;
            j += 1;
        }
        best = match best {
            Some(b) if b >= total => Some(b),
            _ => Some(total),
        };
        start += 1;
    }
    best
}
