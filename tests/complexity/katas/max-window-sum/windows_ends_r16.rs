// learner: optimal
// idiom: windows(k + 1) reading only the two ends of each window, with early-return guard and scan for the best
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let start: i64 = nums.iter().take(k).map(|&v| i64::from(v)).sum();
    let best = nums
        .windows(k + 1)
        .scan(start, |acc, w| {
            *acc += i64::from(w[k]) - i64::from(w[0]);
            Some(*acc)
        })
        .fold(start, i64::max);
    Some(best)
}
