// learner: optimal
// idiom: Haskell-fan: fold builds a HashMap of counts with the entry API, then filter_map over its entries; checked_sub chained with `?`
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let counts = nums.iter().fold(HashMap::new(), |mut m: HashMap<i64, usize>, &v| {
        *m.entry(v).or_insert(0) += 1;
        m
    });
    let partner = |a: i64| -> Option<(i64, i64)> {
        let b = target.checked_sub(a)?;
        let enough = match a.cmp(&b) {
            std::cmp::Ordering::Less => counts.contains_key(&b),
            std::cmp::Ordering::Equal => counts[&a] >= 2,
            std::cmp::Ordering::Greater => false,
        };
        enough.then_some((a, b))
    };
    counts.keys().filter_map(|&a| partner(a)).collect()
}
