// learner: optimal
// idiom: Pony-style PairFinder struct owning `seen` and `found` sets, one `offer(x)` message per element, checked_sub
//! Pairs that sum to a target: see README.md.

use std::collections::HashSet;

struct PairFinder {
    target: i64,
    seen: HashSet<i64>,
    found: HashSet<(i64, i64)>,
}

impl PairFinder {
    fn new(target: i64) -> PairFinder {
        PairFinder { target, seen: HashSet::new(), found: HashSet::new() }
    }

    fn offer(&mut self, x: i64) {
        if let Some(partner) = self.target.checked_sub(x) {
            if self.seen.contains(&partner) {
                let pair = if x <= partner { (x, partner) } else { (partner, x) };
                self.found.insert(pair);
            }
        }
        self.seen.insert(x);
    }

    fn report(self) -> Vec<(i64, i64)> {
        self.found.into_iter().collect()
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut finder = PairFinder::new(target);
    for &x in nums {
        finder.offer(x);
    }
    finder.report()
}
