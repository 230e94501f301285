// learner: optimal
// idiom: seed sum with a fold, then zip entering/leaving elements and scan the running sum, fold to the max
//! Maximum sum of a sliding window.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let wide = |x: &i32| i64::from(*x);
    let first: i64 = nums[..k].iter().map(wide).sum();
    let best = nums[k..]
        .iter()
        .zip(nums)
        .scan(first, |running, (entering, leaving)| {
            *running += wide(entering) - wide(leaving);
            Some(*running)
        })
        .fold(first, i64::max);
    Some(best)
}
