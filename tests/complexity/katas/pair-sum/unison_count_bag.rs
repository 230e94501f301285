// learner: optimal
// idiom: Unison: first build a bag (`Map Int Nat` of occurrences) with a fold, then one total match per distinct value: smaller partner, itself twice, or nothing
//! Pairs that sum to a target.

use std::collections::HashMap;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let bag: HashMap<i64, usize> = nums.iter().fold(HashMap::new(), |mut bag, &x| {
        *bag.entry(x).or_insert(0) += 1;
        bag
    });
    bag.iter()
        .filter_map(|(&a, &count)| {
            let b = target.checked_sub(a)?;
            match a.cmp(&b) {
                // report each pair once, from its smaller side
                std::cmp::Ordering::Less if bag.contains_key(&b) => Some((a, b)),
                std::cmp::Ordering::Equal if count >= 2 => Some((a, a)),
                _ => None,
            }
        })
        .collect()
}
