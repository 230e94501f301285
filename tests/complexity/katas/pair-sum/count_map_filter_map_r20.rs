// learner: optimal
// idiom: HashMap of counts built with fold, then an iterator chain over the distinct keys
//! Pairs that sum to a target: see README.md.

use std::collections::HashMap;

struct Counts(HashMap<i64, usize>);

impl Counts {
    fn of(nums: &[i64]) -> Self {
        Counts(nums.iter().fold(HashMap::with_capacity(nums.len()), |mut m, &x| {
            *m.entry(x).or_insert(0) += 1;
            m
        }))
    }

    fn pair_for(&self, a: i64, target: i64) -> Option<(i64, i64)> {
        let b = target.checked_sub(a)?;
        match a.cmp(&b) {
            std::cmp::Ordering::Less => self.0.contains_key(&b).then_some((a, b)),
            std::cmp::Ordering::Equal => (self.0[&a] >= 2).then_some((a, a)),
            std::cmp::Ordering::Greater => None,
        }
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let counts = Counts::of(nums);
    counts.0.keys().filter_map(|&a| counts.pair_for(a, target)).collect()
}
