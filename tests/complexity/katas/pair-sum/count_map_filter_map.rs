// learner: optimal
// idiom: frequency HashMap built with entry().or_insert, then filter_map over distinct keys with match guards
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for &x in nums {
        *counts.entry(x).or_insert(0) += 1;
    }
    counts
        .iter()
        .filter_map(|(&a, &n)| {
            let b = target.checked_sub(a)?;
            match (a.cmp(&b), counts.get(&b)) {
                (std::cmp::Ordering::Less, Some(_)) => Some((a, b)),
                (std::cmp::Ordering::Equal, _) if n >= 2 => Some((a, a)),
                _ => None,
            }
        })
        .collect()
}
