// learner: optimal
// idiom: single fold carrying a (seen, found) tuple of HashSets, checked_sub via Option combinators, min/max to order the pair
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Each pair appears once; the order of the pairs is up to you.
/// Must run in O(n) time and must not overflow for any `i64` input.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_, found) = nums.iter().fold(
        (HashSet::new(), HashSet::new()),
        |(mut seen, mut found): (HashSet<i64>, HashSet<(i64, i64)>), &x| {
            if let Some(y) = target.checked_sub(x).filter(|y| seen.contains(y)) {
                found.insert((x.min(y), x.max(y)));
            }
            seen.insert(x);
            (seen, found)
        },
    );
    found.into_iter().collect()
}
