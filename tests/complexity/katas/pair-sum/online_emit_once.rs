// learner: optimal
// idiom: Agda/proof-assistant researcher: online single pass over a state map (Absent | Once | Many), emitting a pair exactly at the step where it first becomes witnessed
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

/// What we know about a value after reading a prefix of the input.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seen {
    Once,
    Many,
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Each pair is pushed at the unique step where its second witness arrives:
/// - for `a != b`: the first occurrence of whichever of `a`, `b` comes second;
/// - for `a == b`: the second occurrence of `a`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut state: HashMap<i64, Seen> = HashMap::new();
    let mut out = Vec::new();
    for &x in nums {
        let before = state.get(&x).copied();
        let after = match before {
            None => Seen::Once,
            Some(_) => Seen::Many,
        };
        state.insert(x, after);
        let Some(partner) = target.checked_sub(x) else { continue };
        if partner == x {
            if before == Some(Seen::Once) {
                out.push((x, x));
            }
        } else if before.is_none() && state.contains_key(&partner) {
            out.push((x.min(partner), x.max(partner)));
        }
    }
    out
}
