// learner: optimal
// idiom: Haskell-convert: pure iterator pipeline, zip of entering/leaving elements, scan for the running sum, fold for the maximum
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first_window_sum: i64 = nums.iter().take(k).map(|&value| i64::from(value)).sum();
    let best_sum = nums[k..]
        .iter()
        .zip(nums.iter())
        .scan(first_window_sum, |running_sum, (&entering, &leaving)| {
            *running_sum += i64::from(entering) - i64::from(leaving);
            Some(*running_sum)
        })
        .fold(first_window_sum, i64::max);
    Some(best_sum)
}
