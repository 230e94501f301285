// learner: optimal
// idiom: hardware-style: HashMap of 2-bit saturating occupancy counters, then one sweep of the table emitting a pair where the lower half owns it
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut occ: HashMap<i64, u8> = HashMap::new();
    for &x in nums {
        let c = occ.entry(x).or_insert(0);
        if *c < 2 {
            *c += 1;
        }
    }
    let mut out = Vec::new();
    for (&a, &cnt) in occ.iter() {
        let b = match target.checked_sub(a) {
            Some(b) => b,
            None => continue,
        };
        if a > b {
            continue;
        }
        let ok = if a == b { cnt >= 2 } else { occ.contains_key(&b) };
        if ok {
            out.push((a, b));
        }
    }
    out
}
