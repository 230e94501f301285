// learner: optimal
// idiom: index-based while loop, one HashSet of seen values and one of already-reported smaller halves
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    let mut reported_low = HashSet::new();
    let mut out = Vec::new();
    let mut i = 0;
    while i < nums.len() {
        let x = nums[i];
        i += 1;
        let Some(need) = target.checked_sub(x) else {
            seen.insert(x);
            continue;
        };
        if seen.contains(&need) {
            let lo = x.min(need);
            // a pair is determined by its smaller value once target is fixed
            if reported_low.insert(lo) {
                out.push((lo, x.max(need)));
            }
        }
        seen.insert(x);
    }
    out
}
