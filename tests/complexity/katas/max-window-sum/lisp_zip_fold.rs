// learner: optimal
// idiom: Lisp-style: seed with the first window, then fold over (entering, leaving) pairs from zip with a (sum, best) accumulator
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let wide = |x: &i32| *x as i64;
    (k != 0 && k <= nums.len()).then(|| {
        let seed: i64 = nums[..k].iter().map(wide).sum();
        let (_, best) = nums[k..]
            .iter()
            .zip(nums.iter())
            .fold((seed, seed), |(sum, best), (enter, leave)| {
                let sum = sum + wide(enter) - wide(leave);
                (sum, best.max(sum))
            });
        best
    })
}
