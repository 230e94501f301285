// learner: optimal
// idiom: index-based while loop, i128 widening instead of checked_sub, Vec output plus dedup set
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut seen = HashSet::with_capacity(nums.len());
    let mut reported = HashSet::new();
    let mut i = 0;
    while i < nums.len() {
        let x = nums[i];
        let need = target as i128 - x as i128;
        if need >= i64::MIN as i128 && need <= i64::MAX as i128 {
            let need = need as i64;
            if seen.contains(&need) {
                let pair = if x <= need { (x, need) } else { (need, x) };
                if reported.insert(pair) {
                    out.push(pair);
                }
            }
        }
        seen.insert(x);
        i += 1;
    }
    out
}
