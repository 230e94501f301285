// learner: optimal
// idiom: V-style counts map, then one loop over the distinct keys with i128 arithmetic for the complement
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, u32> = HashMap::new();
    for x in nums {
        *counts.entry(*x).or_insert(0) += 1;
    }
    let mut res: Vec<(i64, i64)> = Vec::new();
    for (x, n) in &counts {
        let want = target as i128 - *x as i128;
        if want < i64::MIN as i128 || want > i64::MAX as i128 {
            continue;
        }
        let c = want as i64;
        if *x < c {
            if counts.contains_key(&c) {
                res.push((*x, c));
            }
        } else if *x == c && *n >= 2 {
            res.push((c, c));
        }
    }
    res
}
