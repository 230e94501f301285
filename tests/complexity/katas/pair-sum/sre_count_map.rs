// learner: optimal
// idiom: SRE counts HashMap then filter_map over the distinct keys, helper closure for the complement
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, usize> = HashMap::new();
    for &n in nums {
        *counts.entry(n).or_insert(0) += 1;
    }
    let other = |v: i64| target.checked_sub(v);
    counts
        .iter()
        .filter_map(|(&v, &cnt)| {
            let c = other(v)?;
            if v < c && counts.contains_key(&c) {
                Some((v, c))
            } else if v == c && cnt >= 2 {
                Some((v, v))
            } else {
                None
            }
        })
        .collect()
}
