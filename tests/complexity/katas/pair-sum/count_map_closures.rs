// learner: optimal
// idiom: Groovy/Gradle build engineer: countBy-style fold into a HashMap, then a findAll/collect closure chain over the keys
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // like Groovy's nums.countBy { it }
    let counts: HashMap<i64, usize> = nums.iter().fold(HashMap::new(), |mut acc, &n| {
        *acc.entry(n).or_insert(0) += 1;
        acc
    });

    counts
        .keys()
        .filter_map(|&a| {
            let b = target.checked_sub(a)?;
            if a > b {
                return None;
            }
            let needed = if a == b { 2 } else { 1 };
            counts.get(&b).filter(|&&c| c >= needed).map(|_| (a, b))
        })
        .collect()
}
