// learner: optimal
// idiom: competitive: terse names, one HashSet seen + HashSet of answers, i128 sum check, std::mem::swap
//! Pairs that sum to a target.
use std::collections::HashSet;

pub fn pair_sum(a: &[i64], t: i64) -> Vec<(i64, i64)> {
    let mut s: HashSet<i64> = HashSet::new();
    let mut r: HashSet<(i64, i64)> = HashSet::new();
    for &x in a {
        let y = t as i128 - x as i128;
        if y >= i64::MIN as i128 && y <= i64::MAX as i128 && s.contains(&(y as i64)) {
            let (mut p, mut q) = (x, y as i64);
            if p > q {
                std::mem::swap(&mut p, &mut q);
            }
            r.insert((p, q));
        }
        s.insert(x);
    }
    r.into_iter().collect()
}
