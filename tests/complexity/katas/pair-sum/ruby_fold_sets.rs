// learner: optimal
// idiom: Ruby-style inject: one fold carrying (seen, found) hash sets, closures everywhere
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let complement_of = |x: i64| target.checked_sub(x);
    let (_seen, found) = nums.iter().copied().fold(
        (HashSet::new(), HashSet::new()),
        |(mut seen, mut found): (HashSet<i64>, HashSet<(i64, i64)>), x| {
            complement_of(x)
                .filter(|c| seen.contains(c))
                .map(|c| found.insert((x.min(c), x.max(c))));
            seen.insert(x);
            (seen, found)
        },
    );
    found.into_iter().collect()
}
