// learner: optimal
// idiom: Prolog logic programmer: two facts tables (value/1, repeated/1) asserted in one pass, then a query over value/1
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut value: HashSet<i64> = HashSet::with_capacity(nums.len());
    let mut repeated: HashSet<i64> = HashSet::new();
    for &n in nums {
        if !value.insert(n) {
            repeated.insert(n);
        }
    }

    // ?- value(A), B is T - A, A =< B, (A == B -> repeated(A) ; value(B)).
    let mut answers = Vec::new();
    for &a in &value {
        let b = match target.checked_sub(a) {
            Some(b) => b,
            None => continue,
        };
        let holds = if a < b {
            value.contains(&b)
        } else if a == b {
            repeated.contains(&a)
        } else {
            false
        };
        if holds {
            answers.push((a, b));
        }
    }
    answers
}
