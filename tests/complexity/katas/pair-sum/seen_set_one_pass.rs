// learner: optimal
// idiom: textbook one pass: HashSet of seen values + HashSet of normalised pairs, checked_sub for overflow, for loop with early continue
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut found: HashSet<(i64, i64)> = HashSet::new();
    for &x in nums {
        let Some(need) = target.checked_sub(x) else {
            seen.insert(x);
            continue;
        };
        if seen.contains(&need) {
            found.insert((x.min(need), x.max(need)));
        }
        seen.insert(x);
    }
    found.into_iter().collect()
}
