// learner: optimal
// idiom: iterator chain: zip entering/leaving, scan the running sum, fold the max
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(|&x| x as i64).sum();
    let best = nums[k..]
        .iter()
        .zip(nums.iter())
        .scan(first, |acc, (&enter, &leave)| {
            *acc += enter as i64 - leave as i64;
            Some(*acc)
        })
        .fold(first, i64::max);
    Some(best)
}
