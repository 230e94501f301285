// learner: slow
// why: pair_sum is O(n^2) time, target O(n): for each element the tail slice is scanned with `contains`
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut pairs = HashSet::new();
    for (i, &x) in nums.iter().enumerate() {
        let Some(need) = target.checked_sub(x) else { continue };
        if nums[i + 1..].contains(&need) {
            pairs.insert((x.min(need), x.max(need)));
        }
    }
    pairs.into_iter().collect()
}
