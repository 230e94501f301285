// learner: optimal
// idiom: Visual FoxPro database developer: two lookup tables built in one pass (every value, and values seen twice), then the arithmetic done in a wider i128 "numeric field" so no overflow check is needed, filtering candidates out of the value table.
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut la_values: HashSet<i64> = HashSet::new();
    let mut la_doubles: HashSet<i64> = HashSet::new();
    for &ln_v in nums {
        if !la_values.insert(ln_v) {
            la_doubles.insert(ln_v);
        }
    }

    let ln_target = target as i128;
    la_values
        .iter()
        .filter_map(|&ln_a| {
            let ln_b_wide = ln_target - ln_a as i128;
            if ln_b_wide < ln_a as i128 || ln_b_wide > i64::MAX as i128 {
                return None; // only report from the smaller side, and in range
            }
            let ln_b = ln_b_wide as i64;
            let ll_ok = if ln_b == ln_a { la_doubles.contains(&ln_a) } else { la_values.contains(&ln_b) };
            if ll_ok {
                Some((ln_a, ln_b))
            } else {
                None
            }
        })
        .collect()
}
