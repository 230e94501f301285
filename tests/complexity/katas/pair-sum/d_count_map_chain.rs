// learner: optimal
// idiom: D-style: fold a value->count map, then one filter_map chain over the distinct keys (pair reported from its smaller side)
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let counts = nums.iter().fold(HashMap::<i64, u32>::new(), |mut m, &x| {
        *m.entry(x).or_insert(0) += 1;
        m
    });
    counts
        .iter()
        .filter_map(|(&a, &n)| {
            let b = target.checked_sub(a)?;
            match a.cmp(&b) {
                std::cmp::Ordering::Less if counts.contains_key(&b) => Some((a, b)),
                std::cmp::Ordering::Equal if n >= 2 => Some((a, a)),
                _ => None,
            }
        })
        .collect()
}
