// learner: optimal
// idiom: security-minded: BTreeSet behind explicit Bound handling, RangeError enum validated before any walk, early returns, match-heavy, no unwrap
use std::collections::BTreeSet;
use std::ops::Bound;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RangeError {
    Reversed,
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    members: BTreeSet<i64>,
}

fn validate(lo: i64, hi: i64) -> Result<(Bound<i64>, Bound<i64>), RangeError> {
    if lo > hi {
        return Err(RangeError::Reversed);
    }
    Ok((Bound::Included(lo), Bound::Included(hi)))
}

impl OrderedSet {
    pub fn new() -> Self {
        Self { members: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.members.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.members.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.members.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let bounds = match validate(lo, hi) {
            Ok(b) => b,
            Err(RangeError::Reversed) => return 0,
        };
        let mut total: usize = 0;
        for _ in self.members.range(bounds) {
            total = match total.checked_add(1) {
                Some(t) => t,
                None => return usize::MAX,
            };
        }
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let Ok(bounds) = validate(lo, hi) else {
            return Vec::new();
        };
        let mut keys = Vec::new();
        keys.extend(self.members.range(bounds).copied());
        keys
    }
}
