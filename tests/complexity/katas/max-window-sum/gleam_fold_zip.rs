// learner: optimal
// idiom: Gleam-style pipeline: first window via sum(), then fold over entering/leaving pairs zipped together
//! Maximum sum of a sliding window: see README.md.

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    (k > 0 && k <= nums.len())
        .then(|| nums[..k].iter().map(|&x| x as i64).sum::<i64>())
        .map(|first| {
            nums[k..]
                .iter()
                .zip(nums.iter())
                .fold((first, first), |(running, best), (&enter, &leave)| {
                    let next = running + enter as i64 - leave as i64;
                    (next, best.max(next))
                })
                .1
        })
}
