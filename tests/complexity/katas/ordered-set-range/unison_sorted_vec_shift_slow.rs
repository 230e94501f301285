// learner: slow
// idiom: Unison: the set as one sorted array (like a sorted `List`), binary search by a small total `search` helper; ranges are two searches and a slice
// why: insert and remove shift every later element of the Vec: O(n) per update (O(n^2) for n inserts) where the target is O(log n)
//! An ordered set with range queries.

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    sorted: Vec<i64>,
}

/// First index whose key is >= `key`.
fn lower_bound(xs: &[i64], key: i64) -> usize {
    let (mut lo, mut hi) = (0, xs.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if xs[mid] < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// First index whose key is > `key`.
fn upper_bound(xs: &[i64], key: i64) -> usize {
    let (mut lo, mut hi) = (0, xs.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if xs[mid] <= key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { sorted: Vec::new() }
    }

    /// Adds `key`. Returns `true` if it was not present before.
    pub fn insert(&mut self, key: i64) -> bool {
        let at = lower_bound(&self.sorted, key);
        if self.sorted.get(at) == Some(&key) {
            false
        } else {
            self.sorted.insert(at, key);
            true
        }
    }

    /// Removes `key`. Returns `true` if it was present.
    pub fn remove(&mut self, key: i64) -> bool {
        let at = lower_bound(&self.sorted, key);
        if self.sorted.get(at) == Some(&key) {
            self.sorted.remove(at);
            true
        } else {
            false
        }
    }

    /// Returns whether `key` is in the set.
    pub fn contains(&self, key: i64) -> bool {
        self.sorted.get(lower_bound(&self.sorted, key)) == Some(&key)
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        upper_bound(&self.sorted, hi) - lower_bound(&self.sorted, lo)
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        let (a, b) = (lower_bound(&self.sorted, lo), upper_bound(&self.sorted, hi));
        self.sorted[a..b].to_vec()
    }
}
