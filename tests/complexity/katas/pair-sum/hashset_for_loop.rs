// learner: optimal
// idiom: classic for loop over slice with two HashSets and checked_sub
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                found.insert((x.min(c), x.max(c)));
            }
        }
        seen.insert(x);
    }
    found.into_iter().collect()
}
