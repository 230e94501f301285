// learner: optimal
// idiom: iterator-adapter chain: fold for the first window, zip + scan for the slide, fold for the max
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().fold(0i64, |acc, &x| acc + i64::from(x));
    let best = nums[k..]
        .iter()
        .zip(nums.iter())
        .scan(first, |sum, (&entering, &leaving)| {
            *sum += i64::from(entering) - i64::from(leaving);
            Some(*sum)
        })
        .fold(first, i64::max);
    Some(best)
}
