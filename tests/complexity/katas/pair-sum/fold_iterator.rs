// learner: optimal
// idiom: single iterator fold carrying (seen, pairs) HashSets, filter_map-free, then drain into the Vec
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_, pairs) = nums.iter().fold(
        (HashSet::new(), HashSet::new()),
        |(mut seen, mut pairs): (HashSet<i64>, HashSet<(i64, i64)>), &x| {
            if let Some(c) = target.checked_sub(x).filter(|c| seen.contains(c)) {
                pairs.insert(if x <= c { (x, c) } else { (c, x) });
            }
            seen.insert(x);
            (seen, pairs)
        },
    );
    pairs.into_iter().collect()
}
