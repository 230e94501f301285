// learner: slow
// idiom: Unison: "for each `x +: rest`, look at every y in rest" — the brute force, written as a walk down the list with `split_first`
// why: compares every element with every later one: n(n-1)/2 additions, O(n^2) where O(n) is the target
//! Pairs that sum to a target.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    let mut list = nums;
    while let Some((&x, rest)) = list.split_first() {
        for &y in rest {
            if x.checked_add(y) == Some(target) {
                found.insert((x.min(y), x.max(y)));
            }
        }
        list = rest;
    }
    found.into_iter().collect()
}
