// learner: optimal
// idiom: single iterator fold carrying (seen, pairs) sets, complement via checked_sub and Option::filter
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_, pairs) = nums.iter().fold(
        (HashSet::with_capacity(nums.len()), HashSet::new()),
        |(mut seen, mut pairs): (HashSet<i64>, HashSet<(i64, i64)>), &x| {
            if let Some(c) = target.checked_sub(x).filter(|c| seen.contains(c)) {
                pairs.insert((x.min(c), x.max(c)));
            }
            seen.insert(x);
            (seen, pairs)
        },
    );
    pairs.into_iter().collect()
}
