// learner: optimal
// idiom: F# pipeline: filter_map over the slice with a captured seen-set, collected into a HashSet to dedup, then into a Vec
use std::collections::HashSet;

fn ordered((a, b): (i64, i64)) -> (i64, i64) {
    if a <= b { (a, b) } else { (b, a) }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut seen = HashSet::with_capacity(nums.len());
    nums.iter()
        .filter_map(|&x| {
            let hit = target
                .checked_sub(x)
                .filter(|c| seen.contains(c))
                .map(|c| ordered((x, c)));
            seen.insert(x);
            hit
        })
        .collect::<HashSet<_>>()
        .into_iter()
        .collect()
}
