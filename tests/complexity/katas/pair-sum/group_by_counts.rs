// learner: optimal
// idiom: Visual FoxPro database developer: first a SELECT value, COUNT(*) GROUP BY value into a HashMap, then a SCAN over the distinct values SEEKing each partner; checked_sub guards the numeric overflow.
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // GROUP BY value
    let mut idx_counts: HashMap<i64, usize> = HashMap::with_capacity(nums.len());
    for &ln_value in nums {
        *idx_counts.entry(ln_value).or_insert(0) += 1;
    }

    let mut la_pairs: Vec<(i64, i64)> = Vec::new();
    for (&ln_value, &ln_count) in &idx_counts {
        let ln_partner = match target.checked_sub(ln_value) {
            Some(ln_p) => ln_p,
            None => continue, // partner would not fit in i64
        };
        if ln_partner > ln_value && idx_counts.contains_key(&ln_partner) {
            la_pairs.push((ln_value, ln_partner));
        } else if ln_partner == ln_value && ln_count >= 2 {
            la_pairs.push((ln_value, ln_value));
        }
    }
    la_pairs
}
