// learner: optimal
// idiom: generic trait Complement implemented for i64 via i128 widening, generic pair finder over any Copy + Hash + Ord type, one `for` pass with two HashSets
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;
use std::hash::Hash;

trait Complement: Sized {
    fn complement(self, target: Self) -> Option<Self>;
}

impl Complement for i64 {
    fn complement(self, target: i64) -> Option<i64> {
        let c = target as i128 - self as i128;
        i64::try_from(c).ok()
    }
}

fn ordered<T: Ord>(a: T, b: T) -> (T, T) {
    if a <= b { (a, b) } else { (b, a) }
}

fn find_pairs<T: Complement + Copy + Hash + Eq + Ord>(items: &[T], target: T) -> Vec<(T, T)> {
    let mut seen: HashSet<T> = HashSet::with_capacity(items.len());
    let mut found: HashSet<(T, T)> = HashSet::new();
    for &x in items {
        if let Some(other) = x.complement(target) {
            if seen.contains(&other) {
                found.insert(ordered(x, other));
            }
        }
        seen.insert(x);
    }
    found.into_iter().collect()
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    find_pairs(nums, target)
}
