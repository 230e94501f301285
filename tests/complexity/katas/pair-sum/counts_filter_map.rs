// learner: optimal
// idiom: APL-style whole-array: fold to a count table, then a single filter_map over the distinct keys, no explicit loops
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let tally: HashMap<i64, usize> = nums.iter().fold(HashMap::new(), |mut t, &x| {
        *t.entry(x).or_insert(0) += 1;
        t
    });
    tally
        .iter()
        .filter_map(|(&a, _)| {
            let b = target.checked_sub(a)?;
            let need = if a == b { 2 } else { 1 };
            (a <= b && tally.get(&b).map_or(false, |&m| m >= need)).then_some((a, b))
        })
        .collect()
}
