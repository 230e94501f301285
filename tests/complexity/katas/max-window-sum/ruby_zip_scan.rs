// learner: optimal
// idiom: Ruby-style: initial sum via take().sum, then zip leaving/entering iterators through scan and max
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let widen = |x: &i32| *x as i64;
    let first: i64 = nums.iter().take(k).map(widen).sum();
    let best = nums
        .iter()
        .zip(nums.iter().skip(k))
        .scan(first, |running, (leaving, entering)| {
            *running += widen(entering) - widen(leaving);
            Some(*running)
        })
        .fold(first, i64::max);
    Some(best)
}
