// learner: optimal
// idiom: Tcl-ish: while loop with a manual counter, a "seen" set and a "found" set, checked_sub helper proc
use std::collections::HashSet;

fn complement_of(target: i64, x: i64) -> Option<i64> {
    target.checked_sub(x)
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    let mut i = 0;
    while i < nums.len() {
        let x = nums[i];
        if let Some(want) = complement_of(target, x) {
            if seen.contains(&want) {
                let pair = if x < want { (x, want) } else { (want, x) };
                found.insert(pair);
            }
        }
        seen.insert(x);
        i += 1;
    }
    let mut result = Vec::new();
    for p in found {
        result.push(p);
    }
    result
}
