// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): Lua-style nested while loops re-add every window from scratch
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut best = i64::MIN;
    let mut start = 0;
    while start + k <= n {
        let mut s: i64 = 0;
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
