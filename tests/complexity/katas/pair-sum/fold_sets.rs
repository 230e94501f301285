// learner: optimal
// idiom: web-dev style: one iterator fold threading (seen, pairs) sets, Option chain with checked_sub/filter
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_, pairs) = nums.iter().copied().fold(
        (HashSet::new(), HashSet::new()),
        |(mut seen, mut pairs), x| {
            target
                .checked_sub(x)
                .filter(|c| seen.contains(c))
                .map(|c| pairs.insert(if x <= c { (x, c) } else { (c, x) }));
            seen.insert(x);
            (seen, pairs)
        },
    );
    pairs.into_iter().collect()
}
