// learner: optimal
// idiom: C-style: explicit counters, casts, one for loop for the seed and one while loop for the slide
//! Maximum sum of a sliding window.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let n = nums.len();
    if k == 0 || k > n {
        return None;
    }
    let mut sum: i64 = 0;
    let mut i: usize = 0;
    while i < k {
        sum += nums[i] as i64;
        i += 1;
    }
    let mut best: i64 = sum;
    while i < n {
        sum = sum + nums[i] as i64 - nums[i - k] as i64;
        if sum > best {
            best = sum;
        }
        i += 1;
    }
    Some(best)
}
