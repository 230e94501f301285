// learner: optimal
// idiom: Python-style: iter().enumerate(), HashMap of first index via entry API, filter_map over the map
//! Pairs that sum to a target.
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // value -> (first index, seen more than once)
    let mut first: HashMap<i64, (usize, bool)> = HashMap::new();
    for (i, &v) in nums.iter().enumerate() {
        first.entry(v).and_modify(|e| e.1 = true).or_insert((i, false));
    }
    first
        .iter()
        .filter_map(|(&v, &(_, dup))| {
            let w = target.checked_sub(v)?;
            if v > w {
                return None;
            }
            if v == w {
                return dup.then_some((v, w));
            }
            first.get(&w).map(|_| (v, w))
        })
        .collect()
}
