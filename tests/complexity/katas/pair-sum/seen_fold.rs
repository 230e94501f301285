// learner: optimal
// idiom: Lisp Machine nostalgic: a single fold threading an accumulator pair (seen, found) like a named-let loop
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

fn ordered(x: i64, y: i64) -> (i64, i64) {
    if x <= y { (x, y) } else { (y, x) }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_seen, found) = nums.iter().fold(
        (HashSet::new(), HashSet::new()),
        |(mut seen, mut found): (HashSet<i64>, HashSet<(i64, i64)>), &x| {
            if let Some(partner) = target.checked_sub(x) {
                if seen.contains(&partner) {
                    found.insert(ordered(x, partner));
                }
            }
            seen.insert(x);
            (seen, found)
        },
    );
    found.into_iter().collect()
}
