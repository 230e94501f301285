// learner: optimal
// idiom: Ruby tally: count values into a hash first, then filter_map over the distinct keys
use std::collections::HashMap;

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let tally: HashMap<i64, usize> = nums.iter().fold(HashMap::new(), |mut h, &x| {
        *h.entry(x).or_default() += 1;
        h
    });
    tally
        .iter()
        .filter_map(|(&a, &count)| {
            let b = target.checked_sub(a)?;
            match a.cmp(&b) {
                std::cmp::Ordering::Less => tally.contains_key(&b).then(|| (a, b)),
                std::cmp::Ordering::Equal => (count >= 2).then(|| (a, a)),
                std::cmp::Ordering::Greater => None,
            }
        })
        .collect()
}
