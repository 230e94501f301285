// learner: optimal
// idiom: Janet: (var sum ...) (var best ...) then a `for i k n` loop adding the new element and dropping the old one
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut sum: i64 = 0;
    for i in 0..k {
        sum += nums[i] as i64;
    }
    let mut best = sum;
    for i in k..nums.len() {
        sum += nums[i] as i64 - nums[i - k] as i64;
        if sum > best {
            best = sum;
        }
    }
    Some(best)
}
