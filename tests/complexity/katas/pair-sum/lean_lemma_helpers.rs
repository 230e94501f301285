// learner: optimal
// idiom: Lean-style: tiny total helper "lemmas", one structural for-pass, invariants as comments and debug_asserts
use std::collections::HashSet;

/// Lemma: the unique partner of `x` w.r.t. `target`, if it is representable.
/// `checked_sub` makes the function total on all of `i64 × i64`.
fn partner(target: i64, x: i64) -> Option<i64> {
    target.checked_sub(x)
}

/// Lemma: normal form of an unordered pair (smaller component first).
fn ordered(a: i64, b: i64) -> (i64, i64) {
    if a <= b { (a, b) } else { (b, a) }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // Invariant: `seen` = set of values at positions < i.
    // Invariant: `found` = set of normalised pairs whose two positions are both < i.
    let mut seen: HashSet<i64> = HashSet::with_capacity(nums.len());
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    for &x in nums {
        if let Some(c) = partner(target, x) {
            // `c` was seen at an earlier, hence different, position.
            if seen.contains(&c) {
                let p = ordered(x, c);
                debug_assert!(p.0 <= p.1);
                found.insert(p);
            }
        }
        seen.insert(x);
    }
    found.into_iter().collect()
}
