// learner: optimal
// idiom: C-style while loop with explicit left/right pointers and a match on bounds
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => return None,
        (k, n) if k > n => return None,
        _ => {}
    }
    let mut window_sum: i64 = 0;
    let mut right = 0usize;
    while right < k {
        window_sum += nums[right] as i64;
        right += 1;
    }
    let mut max_sum = window_sum;
    let mut left = 0usize;
    while right < nums.len() {
        window_sum = window_sum + nums[right] as i64 - nums[left] as i64;
        if window_sum > max_sum {
            max_sum = window_sum;
        }
        left += 1;
        right += 1;
    }
    Some(max_sum)
}
