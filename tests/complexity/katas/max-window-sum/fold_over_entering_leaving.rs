// learner: optimal
// idiom: Coq-trained formal methods student: a single fold over (entering, leaving) pairs with the loop invariant stated
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
///
/// Invariant of the fold, after consuming `j` pairs:
///   `acc.0 = Σ nums[j .. j + k]` and `acc.1 = max_{0 <= s <= j} Σ nums[s .. s + k]`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match k {
        0 => None,
        _ if k > nums.len() => None,
        _ => {
            let first: i64 = nums[..k].iter().map(|&x| i64::from(x)).sum();
            let entering = nums[k..].iter();
            let leaving = nums.iter();
            let (_, best) = entering.zip(leaving).fold((first, first), |(window, best), (&inn, &out)| {
                let window = window + i64::from(inn) - i64::from(out);
                (window, best.max(window))
            });
            Some(best)
        }
    }
}
