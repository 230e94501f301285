// learner: optimal
// idiom: Go-style: BTreeSet field plus explicit early returns, helper fn with (set, lo, hi) params returning the range iterator, for loop counting
//! An ordered set with range queries.
use std::collections::BTreeSet;
use std::collections::btree_set::Range;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

fn span(keys: &BTreeSet<i64>, lo: i64, hi: i64) -> Option<Range<'_, i64>> {
    if lo > hi {
        return None;
    }
    Some(keys.range(lo..=hi))
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { keys: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let it = match span(&self.keys, lo, hi) {
            Some(it) => it,
            None => return 0,
        };
        let mut c = 0;
        for _ in it {
            c += 1;
        }
        c
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if let Some(it) = span(&self.keys, lo, hi) {
            for &k in it {
                out.push(k);
            }
        }
        out
    }
}
