// learner: optimal
// idiom: Python-ish: build a Counter-style HashMap with a while loop over indices, then walk the distinct values and emit each pair from its smaller side
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    let mut i = 0;
    while i < nums.len() {
        *counts.entry(nums[i]).or_insert(0) += 1;
        i += 1;
    }

    let mut result = Vec::new();
    for (&x, &how_many) in counts.iter() {
        let other = match target.checked_sub(x) {
            Some(o) => o,
            None => continue,
        };
        if x < other {
            if counts.contains_key(&other) {
                result.push((x, other));
            }
        } else if x == other {
            if how_many >= 2 {
                result.push((x, x));
            }
        }
        // x > other: the pair is reported when we visit `other`
    }
    return result;
}
