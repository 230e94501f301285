// learner: optimal
// idiom: HashMap of occurrence counts, then one pass over the distinct values (each pair emitted from its smaller side), match on Ordering
use std::cmp::Ordering;
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, usize> = HashMap::with_capacity(nums.len());
    for &n in nums {
        *counts.entry(n).or_insert(0) += 1;
    }

    let mut pairs = Vec::new();
    for (&value, &count) in &counts {
        let other = match target.checked_sub(value) {
            Some(o) => o,
            None => continue,
        };
        match value.cmp(&other) {
            Ordering::Less => {
                if counts.contains_key(&other) {
                    pairs.push((value, other));
                }
            }
            Ordering::Equal => {
                if count >= 2 {
                    pairs.push((value, value));
                }
            }
            Ordering::Greater => {} // reported from the smaller side
        }
    }
    pairs
}
