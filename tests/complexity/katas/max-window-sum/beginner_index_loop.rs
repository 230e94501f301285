// learner: optimal
// idiom: beginner index while-loops, explicit returns, mutable best/current
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 {
        return None;
    }
    if k > nums.len() {
        return None;
    }
    let mut current: i64 = 0;
    let mut i = 0;
    while i < k {
        current = current + nums[i] as i64;
        i = i + 1;
    }
    let mut best = current;
    let mut j = k;
    while j < nums.len() {
        current = current + nums[j] as i64;
        current = current - nums[j - k] as i64;
        if current > best {
            best = current;
        }
        j = j + 1;
    }
    return Some(best);
}
