// learner: optimal
// idiom: PHP-style "isset($seen[$x])" with two HashSets, foreach loop, checked_sub
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut pairs: HashSet<(i64, i64)> = HashSet::new();
    foreach_num(nums, |x| {
        if let Some(need) = target.checked_sub(x) {
            if seen.contains(&need) {
                pairs.insert((x.min(need), x.max(need)));
            }
        }
        seen.insert(x);
    });
    pairs.into_iter().collect()
}

fn foreach_num(nums: &[i64], mut f: impl FnMut(i64)) {
    for &x in nums {
        f(x);
    }
}
