// learner: slow
// idiom: Prolog logic programmer: msort/2 the list first, then a two-cursor relation walking inwards
// why: pair_sum is O(n log n) time because of the sort (and O(n) for the sorted copy) vs the O(n) target; the two-pointer walk itself is linear
//! Pairs that sum to a target: see README.md.

use std::cmp::Ordering;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut sorted = nums.to_vec();
    sorted.sort_unstable();
    let mut pairs = Vec::new();
    if sorted.len() < 2 {
        return pairs;
    }
    let (mut lo, mut hi) = (0usize, sorted.len() - 1);
    while lo < hi {
        let (a, b) = (sorted[lo], sorted[hi]);
        // compare a + b with target in i128 so nothing overflows
        match (a as i128 + b as i128).cmp(&(target as i128)) {
            Ordering::Less => lo += 1,
            Ordering::Greater => hi -= 1,
            Ordering::Equal => {
                pairs.push((a, b));
                while lo < hi && sorted[lo] == a {
                    lo += 1;
                }
                while hi > lo && sorted[hi] == b {
                    hi -= 1;
                }
            }
        }
    }
    pairs
}
