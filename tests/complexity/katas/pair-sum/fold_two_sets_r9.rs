// learner: optimal
// idiom: single fold threading (seen, pairs) hash sets as an accumulator, checked_sub via Option combinators
use std::collections::HashSet;

fn ordered(a: i64, b: i64) -> (i64, i64) {
    if a <= b { (a, b) } else { (b, a) }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_seen, found) = nums.iter().fold(
        (HashSet::with_capacity(nums.len()), HashSet::new()),
        |(mut seen, mut found): (HashSet<i64>, HashSet<(i64, i64)>), &x| {
            if let Some(c) = target.checked_sub(x).filter(|c| seen.contains(c)) {
                found.insert(ordered(x, c));
            }
            seen.insert(x);
            (seen, found)
        },
    );
    found.into_iter().collect()
}
