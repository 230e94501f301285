// learner: optimal
// idiom: iterator chain: collect a set of values, filter_map complements, then dedup via a result set
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    nums.iter()
        .filter_map(|&x| {
            let hit = target
                .checked_sub(x)
                .filter(|c| seen.contains(c))
                .map(|c| if x <= c { (x, c) } else { (c, x) });
            seen.insert(x);
            hit
        })
        .collect::<HashSet<_>>()
        .into_iter()
        .collect()
}
