// learner: optimal
// idiom: Unison: one pass, two sets — `seen` and the normalised `found` pairs; the complement is an `Optional Int` (checked_sub), so an overflow simply means "no partner"
//! Pairs that sum to a target.

use std::collections::HashSet;

/// `(min, max)` of two values: the canonical spelling of a pair.
fn ordered(a: i64, b: i64) -> (i64, i64) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::with_capacity(nums.len());
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    for &x in nums {
        if let Some(partner) = target.checked_sub(x) {
            // look before inserting x: a (3, 3) needs an earlier 3
            if seen.contains(&partner) {
                found.insert(ordered(x, partner));
            }
        }
        seen.insert(x);
    }
    found.into_iter().collect()
}
