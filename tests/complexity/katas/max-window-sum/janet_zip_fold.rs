// learner: optimal
// idiom: Janet: map over two offsets of the same array at once, like (map - (slice xs k) xs), folded into [sum best]
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    if k == 0 || k > nums.len() {
        return None;
    }
    let first: i64 = nums[..k].iter().map(|&x| x as i64).sum();
    let (_, best) = nums[k..]
        .iter()
        .zip(nums.iter())
        .fold((first, first), |(sum, best), (&enter, &leave)| {
            let s = sum + enter as i64 - leave as i64;
            (s, best.max(s))
        });
    Some(best)
}
