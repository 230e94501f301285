// learner: optimal
// idiom: manual `while` index loop, match on checked_sub, std::mem::swap to put the smaller value first, HashMap<i64, bool> remembering whether a value was already paired
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Each pair appears once; the order of the pairs is up to you.
/// Must run in O(n) time and must not overflow for any `i64` input.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    // value -> has the pair (min(value, partner), max(..)) with this value as the smaller already been emitted
    let mut seen: HashMap<i64, bool> = HashMap::with_capacity(nums.len());
    let mut emitted_as_small: HashMap<i64, ()> = HashMap::new();
    let mut pairs = Vec::new();
    let mut i = 0;
    while i < nums.len() {
        let x = nums[i];
        i += 1;
        let partner = match target.checked_sub(x) {
            Some(p) => p,
            None => {
                seen.insert(x, true);
                continue;
            }
        };
        if seen.contains_key(&partner) {
            let mut a = x;
            let mut b = partner;
            if a > b {
                std::mem::swap(&mut a, &mut b);
            }
            if emitted_as_small.insert(a, ()).is_none() {
                pairs.push((a, b));
            }
        }
        seen.insert(x, true);
    }
    pairs
}
