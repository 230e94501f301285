// learner: optimal
// idiom: JS-ish: BTreeSet range from lo.. with take_while (no panic on reversed ranges), fold as reduce
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    set: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Default::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let was_new = self.set.insert(key);
        was_new
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let existed = self.set.remove(&key);
        existed
    }

    pub fn contains(&self, key: i64) -> bool {
        self.set.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        // like arr.filter(...).reduce((acc) => acc + 1, 0) but starting at lo
        self.set
            .range(lo..)
            .take_while(|&&x| x <= hi)
            .fold(0, |acc, _| acc + 1)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = vec![];
        self.set.range(lo..).take_while(|&&x| x <= hi).for_each(|&x| out.push(x));
        out
    }
}
