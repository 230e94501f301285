// learner: optimal
// idiom: elixir: Enum.reduce-style fold carrying a {seen, found} tuple of HashSets
// why: one pass, each element does O(1) expected set look-ups/inserts: O(n) time, O(n) space for the two sets
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_seen, found) = nums.iter().fold(
        (HashSet::new(), HashSet::new()),
        |(mut seen, mut found), &x| {
            // like a `with` clause: only go on when the complement exists as an i64
            if let Some(c) = target.checked_sub(x) {
                if seen.contains(&c) {
                    found.insert((x.min(c), x.max(c)));
                }
            }
            seen.insert(x);
            (seen, found)
        },
    );
    found.into_iter().collect()
}
