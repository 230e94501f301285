// learner: optimal
// idiom: Unison: a single `foldLeft` with a structural accumulator record {seen, reported, out}; pairs are deduplicated by their smaller member alone since it fixes the larger one
//! Pairs that sum to a target.

use std::collections::HashSet;

#[derive(Default)]
struct Acc {
    seen: HashSet<i64>,
    reported: HashSet<i64>, // the smaller member of every pair already in `out`
    out: Vec<(i64, i64)>,
}

fn visit(target: i64) -> impl Fn(Acc, &i64) -> Acc {
    move |mut acc, &x| {
        if let Some(y) = target.checked_sub(x) {
            let small = x.min(y);
            if acc.seen.contains(&y) && acc.reported.insert(small) {
                acc.out.push((small, x.max(y)));
            }
        }
        acc.seen.insert(x);
        acc
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    nums.iter().fold(Acc::default(), visit(target)).out
}
