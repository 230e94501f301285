// learner: optimal
// idiom: colleague's plain for loop, explicit match on checked_sub, Vec output deduped by the smaller value
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut reported_small: HashSet<i64> = HashSet::new();
    let mut result = Vec::new();

    for &x in nums {
        let complement = match target.checked_sub(x) {
            Some(c) => c,
            None => {
                seen.insert(x);
                continue;
            }
        };
        if seen.contains(&complement) {
            let small = if x < complement { x } else { complement };
            let big = if x < complement { complement } else { x };
            // the smaller value decides the pair, since big = target - small
            if reported_small.insert(small) {
                result.push((small, big));
            }
        }
        seen.insert(x);
    }
    result
}
