// learner: optimal
// idiom: enterprise: Pair newtype with a normalising constructor, PairCollector struct with private helpers, Complement trait with one impl
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

/// Something that can name the partner that completes it to a target.
trait Complement: Sized {
    /// The value `c` with `self + c == target`, if it is representable.
    fn complement_for(self, target: Self) -> Option<Self>;
}

impl Complement for i64 {
    fn complement_for(self, target: i64) -> Option<i64> {
        target.checked_sub(self)
    }
}

/// An unordered pair stored with the smaller value first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Pair(i64, i64);

impl Pair {
    fn normalised(a: i64, b: i64) -> Self {
        if a <= b {
            Pair(a, b)
        } else {
            Pair(b, a)
        }
    }

    fn into_tuple(self) -> (i64, i64) {
        (self.0, self.1)
    }
}

/// One pass over the input, remembering values seen and pairs found.
#[derive(Debug, Default)]
struct PairCollector {
    target: i64,
    seen: HashSet<i64>,
    found: HashSet<Pair>,
}

impl PairCollector {
    fn with_target(target: i64) -> Self {
        PairCollector { target, ..Default::default() }
    }

    fn with_capacity(mut self, capacity: usize) -> Self {
        self.seen.reserve(capacity);
        self
    }

    fn has_seen(&self, value: i64) -> bool {
        self.seen.contains(&value)
    }

    fn observe(&mut self, value: i64) {
        if let Some(partner) = value.complement_for(self.target) {
            if self.has_seen(partner) {
                self.found.insert(Pair::normalised(value, partner));
            }
        }
        self.seen.insert(value);
    }

    fn finish(self) -> Vec<(i64, i64)> {
        self.found.into_iter().map(Pair::into_tuple).collect()
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut collector = PairCollector::with_target(target).with_capacity(nums.len());
    for &value in nums {
        collector.observe(value);
    }
    collector.finish()
}
