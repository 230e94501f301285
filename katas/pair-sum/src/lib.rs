//! Pairs that sum to a target: see README.md.

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Each pair appears once; the order of the pairs is up to you.
/// Must run in O(n) time and must not overflow for any `i64` input.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    todo!("pair_sum({nums:?}, {target})")
}
