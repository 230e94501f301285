// learner: optimal
// idiom: perf programmer; slice::windows(k + 1) reading only the two ends of each window, scan() for the running sum, max() at the end
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let head: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
    let tail_best = nums
        .windows(k + 1)
        .scan(head, |running, w| {
            *running += i64::from(w[k]) - i64::from(w[0]);
            Some(*running)
        })
        .max();
    Some(match tail_best {
        Some(t) if t > head => t,
        _ => head,
    })
}
