// learner: optimal
// idiom: `for w in nums.windows(k + 1)` whose body only reads the two ends (w[0] leaves, w[k] enters)
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut sum = 0i64;
    for &x in &nums[..k] {
        sum += i64::from(x);
    }
    let mut best = sum;
    for w in nums.windows(k + 1) {
        sum += i64::from(w[k]) - i64::from(w[0]);
        if sum > best {
            best = sum;
        }
    }
    Some(best)
}
