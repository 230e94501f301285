// learner: optimal
// idiom: iterator chain, sum of the first window then fold over entering/leaving pairs
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let (_, best) = nums[k..]
        .iter()
        .enumerate()
        .map(|(i, &entering)| (i64::from(entering), i64::from(nums[i])))
        .fold((first, first), |(cur, best), (inc, out)| {
            let cur = cur + inc - out;
            (cur, best.max(cur))
        });
    Some(best)
}
