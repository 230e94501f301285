// learner: optimal
// idiom: REXX: a sorted stem is what I'd want, so the std BTreeSet stands in for it; range walked with a loop/break over the range iterator
// why: BTreeSet insert/remove/contains are O(log n); range(lo..=hi) descends in O(log n) then walks the k keys

/* REXX-style: KEYS. kept in order by the library; DO WHILE next key <= hi */

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    key_stem: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { key_stem: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.key_stem.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.key_stem.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.key_stem.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.key_stem.len()
    }

    pub fn is_empty(&self) -> bool {
        self.key_stem.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut walker = self.key_stem.range(lo..=hi);
        let mut hit_count = 0usize;
        loop {
            if walker.next().is_none() {
                break;
            }
            hit_count += 1;
        }
        hit_count
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out_list = Vec::new();
        if lo > hi {
            return out_list;
        }
        let mut walker = self.key_stem.range(lo..=hi);
        loop {
            match walker.next() {
                Some(&k) => out_list.push(k),
                None => break,
            }
        }
        out_list
    }
}
