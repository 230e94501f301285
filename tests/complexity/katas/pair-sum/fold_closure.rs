// learner: optimal
// idiom: iterator style: fold over the slice carrying (seen, pairs) sets, filter_map for the complement, into_iter().collect() at the end
use std::collections::HashSet;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let (_, pairs) = nums.iter().copied().fold(
        (HashSet::<i64>::new(), HashSet::<(i64, i64)>::new()),
        |(mut seen, mut pairs), x| {
            let hit = target
                .checked_sub(x)
                .filter(|c| seen.contains(c))
                .map(|c| if x < c { (x, c) } else { (c, x) });
            if let Some(p) = hit {
                pairs.insert(p);
            }
            seen.insert(x);
            (seen, pairs)
        },
    );
    pairs.into_iter().collect()
}
