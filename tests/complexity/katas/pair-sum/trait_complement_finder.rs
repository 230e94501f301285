// learner: optimal
// idiom: trait with associated fns and a generic ordering helper over a HashSet of seen values
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;
use std::hash::Hash;

/// Anything that can tell which value completes it to a target.
trait Complement: Sized + Copy {
    fn complement(self, target: Self) -> Option<Self>;
}

impl Complement for i64 {
    fn complement(self, target: Self) -> Option<Self> {
        target.checked_sub(self)
    }
}

/// Orders two values so the smaller comes first.
fn ordered<T: Ord>(a: T, b: T) -> (T, T) {
    if a <= b { (a, b) } else { (b, a) }
}

struct PairFinder<T> {
    seen: HashSet<T>,
    found: HashSet<(T, T)>,
}

impl<T: Complement + Hash + Eq + Ord> PairFinder<T> {
    fn with_capacity(n: usize) -> Self {
        PairFinder { seen: HashSet::with_capacity(n), found: HashSet::new() }
    }

    fn feed(&mut self, x: T, target: T) {
        if let Some(c) = x.complement(target) {
            if self.seen.contains(&c) {
                self.found.insert(ordered(x, c));
            }
        }
        self.seen.insert(x);
    }

    fn finish(self) -> Vec<(T, T)> {
        self.found.into_iter().collect()
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
///
/// Each pair appears once; the order of the pairs is up to you.
/// Must run in O(n) time and must not overflow for any `i64` input.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut finder = PairFinder::with_capacity(nums.len());
    nums.iter().for_each(|&x| finder.feed(x, target));
    finder.finish()
}
