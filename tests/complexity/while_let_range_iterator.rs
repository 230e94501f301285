// A BTreeSet range kept in a variable and walked with `while let Some(_) =
// it.next()` yields the k keys in range, as a `for` over the range does:
// charged to the output, O(log n) to find the start.
// expect Set::count_between: time O(log n), space O(1)
// target Set::count_between: time O(log n + k), space O(1)
use std::collections::BTreeSet;

pub struct Set {
    keys: BTreeSet<i64>,
}

impl Set {
    pub fn count_between(&self, lo: i64, hi: i64) -> usize {
        let mut walker = self.keys.range(lo..=hi);
        let mut n = 0;
        while let Some(_key) = walker.next() {
            n += 1;
        }
        n
    }
}
