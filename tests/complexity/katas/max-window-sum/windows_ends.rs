// learner: optimal
// idiom: slice::windows(k + 1) but only the two ends of each window are read; for loop with early-return guards
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || nums.len() < k {
        return None;
    }
    let mut sum: i64 = 0;
    for &x in &nums[..k] {
        sum += x as i64;
    }
    let mut best = sum;
    for w in nums.windows(k + 1) {
        sum += w[k] as i64 - w[0] as i64;
        best = best.max(sum);
    }
    Some(best)
}
