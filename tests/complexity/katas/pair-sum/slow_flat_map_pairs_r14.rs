// learner: slow
// why: pair_sum is O(n^2) time, target O(n): every position is paired with every later one through flat_map
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let hits: HashSet<(i64, i64)> = nums
        .iter()
        .enumerate()
        .flat_map(|(i, &a)| {
            nums[i + 1..]
                .iter()
                .filter(move |&&b| a.checked_add(b) == Some(target))
                .map(move |&b| (a.min(b), a.max(b)))
        })
        .collect();
    hits.into_iter().collect()
}
