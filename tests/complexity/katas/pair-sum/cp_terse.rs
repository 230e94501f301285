// learner: optimal
// idiom: competitive programmer: two HashSets, one loop, one-letter names
use std::collections::HashSet;

pub fn pair_sum(a: &[i64], t: i64) -> Vec<(i64, i64)> {
    let (mut s, mut r) = (HashSet::new(), HashSet::new());
    for &x in a {
        if let Some(c) = t.checked_sub(x) {
            if s.contains(&c) { r.insert((x.min(c), x.max(c))); }
        }
        s.insert(x);
    }
    r.into_iter().collect()
}
