// learner: slow
// why: pair_sum is O(n log n) time, target O(n): "seen" and the answer are BTreeSets, so every look-up and insert costs O(log n)
//! Pairs that sum to a target: see README.md.

use std::collections::BTreeSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Each pair appears once; the order of the pairs is up to you.
/// Must run in O(n) time and must not overflow for any `i64` input.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = BTreeSet::new();
    let mut out = BTreeSet::new();
    for &x in nums {
        if let Some(y) = target.checked_sub(x) {
            if seen.contains(&y) {
                out.insert(if x < y { (x, y) } else { (y, x) });
            }
        }
        seen.insert(x);
    }
    out.into_iter().collect()
}
