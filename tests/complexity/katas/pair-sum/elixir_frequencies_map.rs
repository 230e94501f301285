// learner: optimal
// idiom: elixir: Enum.frequencies into a HashMap, then a filter_map over the distinct keys
// why: counting is one O(n) pass; each distinct key then does one O(1) expected lookup: O(n) time, O(n) space
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

fn frequencies(nums: &[i64]) -> HashMap<i64, usize> {
    let mut counts = HashMap::with_capacity(nums.len());
    for &n in nums {
        *counts.entry(n).or_insert(0) += 1;
    }
    counts
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let counts = frequencies(nums);
    counts
        .iter()
        .filter_map(|(&a, &count)| {
            let b = target.checked_sub(a)?;
            match (a.cmp(&b), counts.get(&b)) {
                (std::cmp::Ordering::Less, Some(_)) => Some((a, b)),
                (std::cmp::Ordering::Equal, Some(_)) if count >= 2 => Some((a, a)),
                _ => None,
            }
        })
        .collect()
}
