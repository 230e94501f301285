// learner: slow
// why: pair_sum is O(n^2) time, target O(n): for every position it searches the rest of the slice with `contains`
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut result = HashSet::new();
    for i in 0..nums.len() {
        let a = nums[i];
        let b = match target.checked_sub(a) {
            Some(b) => b,
            None => continue,
        };
        if nums[i + 1..].contains(&b) {
            result.insert((a.min(b), a.max(b)));
        }
    }
    result.into_iter().collect()
}
