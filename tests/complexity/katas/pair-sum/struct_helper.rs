// learner: optimal
// idiom: small struct with impl block and private helpers, match on checked_sub
use std::collections::HashSet;

struct PairFinder {
    target: i64,
    seen: HashSet<i64>,
    pairs: HashSet<(i64, i64)>,
}

impl PairFinder {
    fn new(target: i64, cap: usize) -> Self {
        PairFinder { target, seen: HashSet::with_capacity(cap), pairs: HashSet::new() }
    }

    fn ordered(a: i64, b: i64) -> (i64, i64) {
        if a <= b { (a, b) } else { (b, a) }
    }

    fn feed(&mut self, x: i64) {
        match self.target.checked_sub(x) {
            Some(c) if self.seen.contains(&c) => {
                self.pairs.insert(Self::ordered(x, c));
            }
            _ => {}
        }
        self.seen.insert(x);
    }

    fn finish(self) -> Vec<(i64, i64)> {
        self.pairs.into_iter().collect()
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut finder = PairFinder::new(target, nums.len());
    nums.iter().for_each(|&x| finder.feed(x));
    finder.finish()
}
