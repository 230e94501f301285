// learner: optimal
// idiom: iterator chains; HashMap of counts, then filter_map over distinct keys
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let counts = nums.iter().fold(HashMap::new(), |mut m, &v| {
        *m.entry(v).or_insert(0usize) += 1;
        m
    });
    counts
        .iter()
        .filter_map(|(&a, &na)| {
            let b = target.checked_sub(a)?;
            if a < b && counts.contains_key(&b) {
                Some((a, b))
            } else if a == b && na >= 2 {
                Some((a, a))
            } else {
                None
            }
        })
        .collect()
}
