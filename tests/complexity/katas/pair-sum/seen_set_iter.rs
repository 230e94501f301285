// learner: optimal
// idiom: senior: one pass with a seen-set, filter_map over the slice, checked_sub for the complement, ordered Pair helper, dedup through a HashSet
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// An unordered pair of values, stored smaller first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Pair(i64, i64);

impl Pair {
    fn ordered(x: i64, y: i64) -> Self {
        if x <= y { Pair(x, y) } else { Pair(y, x) }
    }
}

impl From<Pair> for (i64, i64) {
    fn from(p: Pair) -> Self {
        (p.0, p.1)
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::with_capacity(nums.len());
    let found: HashSet<Pair> = nums
        .iter()
        .filter_map(|&x| {
            let hit = target
                .checked_sub(x)
                .filter(|c| seen.contains(c))
                .map(|c| Pair::ordered(x, c));
            seen.insert(x);
            hit
        })
        .collect();
    found.into_iter().map(Into::into).collect()
}
