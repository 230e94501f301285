// learner: optimal
// idiom: Lisp-style fold with an accumulator pair (seen, found) and tiny closures
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let complement = |x: i64| target.checked_sub(x);
    let ordered = |a: i64, b: i64| if a <= b { (a, b) } else { (b, a) };
    let (_seen, found) = nums.iter().fold(
        (HashSet::new(), HashSet::new()),
        |(mut seen, mut found): (HashSet<i64>, HashSet<(i64, i64)>), &x| {
            if let Some(c) = complement(x) {
                if seen.contains(&c) {
                    found.insert(ordered(x, c));
                }
            }
            seen.insert(x);
            (seen, found)
        },
    );
    found.into_iter().collect()
}
