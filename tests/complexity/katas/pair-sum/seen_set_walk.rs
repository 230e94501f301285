// learner: optimal
// idiom: Prolog logic programmer: [X|Xs] slice-pattern walk split into small relation-like helpers (complement/3, ordered/2) with seen/found accumulators
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// pair_sum(Nums, Target, Pairs): Pairs holds each distinct (A, B), A =< B, A + B =:= Target.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::new();
    let mut found = HashSet::new();
    walk(nums, target, &mut seen, &mut found);
    found.into_iter().collect()
}

/// walk([], _, _, _).
/// walk([X|Xs], T, Seen, Found) :- complement(T, X, Y), member(Y, Seen) -> add pair ; true, walk(Xs, ...).
fn walk(nums: &[i64], target: i64, seen: &mut HashSet<i64>, found: &mut HashSet<(i64, i64)>) {
    let mut rest = nums;
    // Written as a loop over the [X|Xs] clauses so a long list does not blow the stack.
    while let [x, xs @ ..] = rest {
        if let Some(y) = complement(target, *x) {
            if seen.contains(&y) {
                found.insert(ordered(*x, y));
            }
        }
        seen.insert(*x);
        rest = xs;
    }
}

/// complement(T, X, Y) :- Y is T - X, and Y fits in an i64.
fn complement(target: i64, x: i64) -> Option<i64> {
    target.checked_sub(x)
}

fn ordered(a: i64, b: i64) -> (i64, i64) {
    if a <= b { (a, b) } else { (b, a) }
}
