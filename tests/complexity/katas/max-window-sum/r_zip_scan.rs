// learner: optimal
// idiom: R-style vectorised: first window summed with take(k).sum, then entering/leaving elements zipped and a scan of running sums folded with max
fn as_wide(x: &i32) -> i64 {
    i64::from(*x)
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(as_wide).sum();
    let entering = nums[k..].iter().map(as_wide);
    let leaving = nums.iter().map(as_wide);
    let best = entering
        .zip(leaving)
        .scan(first, |sum, (inc, out)| {
            *sum += inc - out;
            Some(*sum)
        })
        .fold(first, i64::max);
    Some(best)
}
