// learner: optimal
// idiom: textbook single pass: HashSet of seen values, checked_sub complement, HashSet of (min,max) hits, early `continue`
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::with_capacity(nums.len());
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    for &x in nums {
        let Some(want) = target.checked_sub(x) else {
            seen.insert(x);
            continue;
        };
        if seen.contains(&want) {
            found.insert((x.min(want), x.max(want)));
        }
        seen.insert(x);
    }
    found.into_iter().collect()
}
