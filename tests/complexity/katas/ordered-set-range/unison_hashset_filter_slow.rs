// learner: slow
// idiom: Unison: a plain `Set` for membership and a `filter` + hand-written insertion into an ordered result for ranges, i.e. `List.filter (k -> lo <= k && k <= hi) (Set.toList s)`
// why: every range query scans all n keys, O(n) however small k is, and range_keys orders its k hits by insertion: O(n + k^2); target O(log n + k)
//! An ordered set with range queries.

use std::collections::HashSet;

/// A set of distinct `i64` keys that answers range queries.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: HashSet<i64>,
}

fn in_range(lo: i64, hi: i64) -> impl Fn(&&i64) -> bool {
    move |k| lo <= **k && **k <= hi
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { keys: HashSet::new() }
    }

    /// Adds `key`. Returns `true` if it was not present before.
    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    /// Removes `key`. Returns `true` if it was present.
    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    /// Returns whether `key` is in the set.
    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.keys.iter().filter(in_range(lo, hi)).count()
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out: Vec<i64> = Vec::new();
        for &k in self.keys.iter().filter(in_range(lo, hi)) {
            // keep `out` ordered: insert before the first bigger key
            let at = out.iter().take_while(|&&x| x < k).count();
            out.insert(at, k);
        }
        out
    }
}
