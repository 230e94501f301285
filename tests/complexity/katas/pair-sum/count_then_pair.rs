// learner: optimal
// idiom: Agda/proof-assistant researcher: multiplicity map built by a fold, then a total filter_map over distinct keys with checked_sub as the "no witness" case
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

/// How many times each value occurs in the input (a multiset, as a finite map).
fn multiplicities(nums: &[i64]) -> HashMap<i64, usize> {
    nums.iter().fold(HashMap::with_capacity(nums.len()), |mut acc, &x| {
        *acc.entry(x).or_insert(0) += 1;
        acc
    })
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Invariant: a pair is emitted only from its smaller component `a`, so each pair appears once.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mult = multiplicities(nums);
    mult.iter()
        .filter_map(|(&a, &count_a)| {
            // b = target - a; if that is not representable, no b exists in i64.
            let b = target.checked_sub(a)?;
            match a.cmp(&b) {
                std::cmp::Ordering::Less => mult.contains_key(&b).then_some((a, b)),
                std::cmp::Ordering::Equal => (count_a >= 2).then_some((a, a)),
                std::cmp::Ordering::Greater => None,
            }
        })
        .collect()
}
