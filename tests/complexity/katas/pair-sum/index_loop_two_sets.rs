// learner: optimal
// idiom: index for-loop, seen set plus a set of already-reported smaller halves, tuple pushed straight into the output
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    let mut reported_low = HashSet::new();
    let mut pairs = Vec::new();
    for i in 0..nums.len() {
        let x = nums[i];
        if let Some(need) = target.checked_sub(x) {
            if seen.contains(&need) {
                let low = if x < need { x } else { need };
                let high = if x < need { need } else { x };
                // the smaller half determines the pair
                if reported_low.insert(low) {
                    pairs.push((low, high));
                }
            }
        }
        seen.insert(x);
    }
    pairs
}
