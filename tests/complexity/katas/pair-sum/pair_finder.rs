// learner: optimal
// idiom: web-dev style: PairFinder builder struct with target(), feed() and finish(), HashSet seen/found, checked_sub
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

#[derive(Debug, Default)]
struct PairFinder {
    target: i64,
    seen: HashSet<i64>,
    found: HashSet<(i64, i64)>,
}

impl PairFinder {
    fn target(mut self, target: i64) -> Self {
        self.target = target;
        self
    }

    fn feed(&mut self, x: i64) {
        if let Some(want) = self.target.checked_sub(x) {
            if self.seen.contains(&want) {
                self.found.insert((x.min(want), x.max(want)));
            }
        }
        self.seen.insert(x);
    }

    fn finish(self) -> Vec<(i64, i64)> {
        self.found.into_iter().collect()
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut finder = PairFinder::default().target(target);
    nums.iter().for_each(|&x| finder.feed(x));
    finder.finish()
}
