// learner: optimal
// idiom: zip of the entering and leaving elements folded with max: one pass, O(1) state
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let start: i64 = nums.iter().take(k).copied().map(i64::from).sum();
    let best = nums[k..]
        .iter()
        .zip(nums.iter())
        .scan(start, |sum, (&enter, &leave)| {
            *sum += i64::from(enter) - i64::from(leave);
            Some(*sum)
        })
        .fold(start, i64::max);
    Some(best)
}
