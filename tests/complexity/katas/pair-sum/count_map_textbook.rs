// learner: optimal
// idiom: textbook multiset (HashMap value -> count) then one pass over distinct keys, emit when a <= b
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

/// Multiset of the input values. Invariant: counts[v] = occurrences of v in nums.
fn multiset(nums: &[i64]) -> HashMap<i64, usize> {
    let mut counts = HashMap::with_capacity(nums.len());
    let mut i = 0;
    while i < nums.len() {
        *counts.entry(nums[i]).or_insert(0usize) += 1;
        i += 1;
    }
    counts
}

/// A pair (a, b) with a <= b is valid iff both are present, and a == b needs two copies.
fn completes(counts: &HashMap<i64, usize>, a: i64, b: i64) -> bool {
    if a > b {
        return false;
    }
    match counts.get(&b) {
        None => false,
        Some(&cb) => a != b || cb >= 2,
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let counts = multiset(nums);
    let mut out = Vec::new();
    for &a in counts.keys() {
        let b = match target.checked_sub(a) {
            Some(b) => b,
            None => continue,
        };
        if completes(&counts, a, b) {
            out.push((a, b));
        }
    }
    out
}
