// learner: optimal
// idiom: match-heavy with explicit Bound tuples, while-let over the range iterator, Ordering::compare for the guard
use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::ops::Bound::Included;

#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { tree: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.tree.contains(&key) {
            true => false,
            false => self.tree.insert(key),
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.tree.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.tree.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        match lo.cmp(&hi) {
            Ordering::Greater => 0,
            Ordering::Equal => usize::from(self.tree.contains(&lo)),
            Ordering::Less => {
                let mut it = self.tree.range((Included(lo), Included(hi)));
                let mut n = 0usize;
                while let Some(_) = it.next() {
                    n += 1;
                }
                n
            }
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        match lo.cmp(&hi) {
            Ordering::Greater => vec![],
            _ => {
                let mut out = Vec::with_capacity(8);
                out.extend(self.tree.range((Included(lo), Included(hi))));
                out
            }
        }
    }
}
