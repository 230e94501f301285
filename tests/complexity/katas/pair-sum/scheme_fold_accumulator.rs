// learner: optimal
// idiom: Scheme-teacher style: fold with an accumulator tuple, tiny named helper procedures
use std::collections::HashSet;

type Seen = HashSet<i64>;
type Pairs = HashSet<(i64, i64)>;

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_seen, pairs) = nums
        .iter()
        .fold((Seen::new(), Pairs::new()), |acc, &x| step(acc, x, target));
    pairs.into_iter().collect()
}

/// One step of the fold: record a pair if the partner was seen, then remember x.
fn step((mut seen, mut pairs): (Seen, Pairs), x: i64, target: i64) -> (Seen, Pairs) {
    if let Some(partner) = partner_of(x, target) {
        if seen.contains(&partner) {
            pairs.insert(ordered_pair(x, partner));
        }
    }
    seen.insert(x);
    (seen, pairs)
}

/// The value that completes x to the target, if it fits in an i64.
fn partner_of(x: i64, target: i64) -> Option<i64> {
    target.checked_sub(x)
}

/// The pair with the smaller element first.
fn ordered_pair(a: i64, b: i64) -> (i64, i64) {
    (a.min(b), a.max(b))
}
