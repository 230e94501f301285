// learner: optimal
// idiom: Ruby each_cons flavour: windows(k + 1) reading only both ends, running sum kept in a closure-captured variable
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let mut running: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let mut best = running;
    nums.windows(k + 1).for_each(|w| {
        running += i64::from(w[k]) - i64::from(w[0]);
        best = best.max(running);
    });
    Some(best)
}
