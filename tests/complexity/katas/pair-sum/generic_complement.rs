// learner: optimal
// idiom: heavy generics and traits: a Complement trait with an impl for i64, a generic one-pass helper over any hashable ordered values
use std::collections::HashSet;
use std::hash::Hash;

/// A value that may have a partner completing it to a target.
trait Complement: Sized {
    fn complement(self, target: Self) -> Option<Self>;
}

impl Complement for i64 {
    fn complement(self, target: i64) -> Option<i64> {
        target.checked_sub(self)
    }
}

fn ordered<T: Ord>(a: T, b: T) -> (T, T) {
    if a <= b { (a, b) } else { (b, a) }
}

fn pairs_summing_to<T, I>(values: I, target: T) -> HashSet<(T, T)>
where
    T: Complement + Copy + Hash + Eq + Ord,
    I: IntoIterator<Item = T>,
{
    let mut seen: HashSet<T> = HashSet::new();
    let mut found: HashSet<(T, T)> = HashSet::new();
    for v in values {
        if let Some(partner) = v.complement(target) {
            if seen.contains(&partner) {
                found.insert(ordered(v, partner));
            }
        }
        seen.insert(v);
    }
    found
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    pairs_summing_to(nums.iter().copied(), target).into_iter().collect()
}
