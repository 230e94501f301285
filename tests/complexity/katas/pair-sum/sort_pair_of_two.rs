// learner: optimal
// idiom: `sort` on a 2-element array to order each hit; one hash-set pass, O(1) per element
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut pairs: HashSet<(i64, i64)> = HashSet::new();
    for &x in nums {
        if let Some(c) = target.checked_sub(x) {
            if seen.contains(&c) {
                let mut p = [x, c];
                p.sort();
                pairs.insert((p[0], p[1]));
            }
        }
        seen.insert(x);
    }
    pairs.into_iter().collect()
}
