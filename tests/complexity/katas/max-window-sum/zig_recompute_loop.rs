// learner: slow
// why: max_window_sum is O(n*k) time, target O(n): each start index re-sums its k elements in an inner while
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut best: Option<i64> = None;
    let mut start: usize = 0;
    while start + k <= n {
        let mut s: i64 = 0;
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
