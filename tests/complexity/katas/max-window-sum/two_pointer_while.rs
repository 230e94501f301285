// learner: optimal
// idiom: for over right end with an inner while that shrinks the left end; left moves at most n times in total
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut left = 0;
    let mut sum: i64 = 0;
    let mut best: Option<i64> = None;
    for right in 0..nums.len() {
        sum += nums[right] as i64;
        while right + 1 - left > k {
            sum -= nums[left] as i64;
            left += 1;
        }
        if right + 1 - left == k {
            best = Some(match best {
                Some(b) if b >= sum => b,
                _ => sum,
            });
        }
    }
    best
}
