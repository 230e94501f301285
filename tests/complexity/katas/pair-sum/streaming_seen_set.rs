// learner: optimal
// idiom: Pony actor-model programmer: values arrive one at a time like messages; a `seen` set remembers earlier senders, and a pair is emitted the moment its second half arrives, with a `reported` set so each pair goes out once.
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen: HashSet<i64> = HashSet::new();
    let mut reported: HashSet<i64> = HashSet::new(); // keyed by the smaller value
    let mut out = Vec::new();
    for &value in nums {
        if let Some(wanted) = target.checked_sub(value) {
            if seen.contains(&wanted) {
                let pair = (value.min(wanted), value.max(wanted));
                if reported.insert(pair.0) {
                    out.push(pair);
                }
            }
        }
        seen.insert(value);
    }
    out
}
