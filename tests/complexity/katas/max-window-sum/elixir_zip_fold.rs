// learner: optimal
// idiom: iterator pipeline: zip leaving/entering elements and fold a (sum, best) tuple
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let initial: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let (_, best) = nums[k..]
        .iter()
        .zip(nums.iter())
        .map(|(&entering, &leaving)| i64::from(entering) - i64::from(leaving))
        .fold((initial, initial), |(sum, best), delta| {
            let next = sum + delta;
            (next, best.max(next))
        });
    Some(best)
}
