// learner: optimal
// idiom: teacher model answer: small PairFinder struct with documented methods, one pass
use std::collections::HashSet;

/// Remembers the values met so far and the pairs found so far.
struct PairFinder {
    target: i64,
    seen: HashSet<i64>,
    found: HashSet<(i64, i64)>,
}

impl PairFinder {
    /// A finder for pairs summing to `target`.
    fn new(target: i64) -> Self {
        PairFinder { target, seen: HashSet::new(), found: HashSet::new() }
    }

    /// The one value that completes `x`, if it fits in an `i64`.
    fn complement(&self, x: i64) -> Option<i64> {
        self.target.checked_sub(x)
    }

    /// Looks at one more value: records a pair if its complement was seen before.
    fn observe(&mut self, x: i64) {
        if let Some(c) = self.complement(x) {
            if self.seen.contains(&c) {
                self.found.insert(Self::ordered(x, c));
            }
        }
        self.seen.insert(x);
    }

    /// The pair with its smaller value first.
    fn ordered(a: i64, b: i64) -> (i64, i64) {
        if a <= b { (a, b) } else { (b, a) }
    }

    /// All distinct pairs found.
    fn into_pairs(self) -> Vec<(i64, i64)> {
        self.found.into_iter().collect()
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut finder = PairFinder::new(target);
    nums.iter().for_each(|&x| finder.observe(x));
    finder.into_pairs()
}
