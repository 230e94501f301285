//! Pairs that sum to a target: one pass with a hash set.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Each pair appears once; the order of the pairs is unspecified.
/// O(n) expected time, O(n) extra space.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::with_capacity(nums.len());
    let mut pairs = HashSet::new();
    for &x in nums {
        // If `target - x` overflows, no i64 can complete `x`.
        if let Some(complement) = target.checked_sub(x) {
            // Looking up before inserting: `x` never pairs with itself,
            // only with an earlier occurrence of the same value.
            if seen.contains(&complement) {
                pairs.insert((x.min(complement), x.max(complement)));
            }
        }
        seen.insert(x);
    }
    pairs.into_iter().collect()
}
