// learner: optimal
// idiom: Unison: a treap built only from two pure-ish combinators, `split` and `join`; priorities come from a seeded xorshift kept in the set (a handled `Random`), never from the OS
//! An ordered set with range queries.

type Tree = Option<Box<Node>>;

#[derive(Debug)]
struct Node {
    key: i64,
    prio: u64,
    left: Tree,
    right: Tree,
}

/// `(keys < pivot, keys >= pivot)`.
fn split(t: Tree, pivot: i64) -> (Tree, Tree) {
    match t {
        None => (None, None),
        Some(mut n) => {
            if n.key < pivot {
                let (lower, upper) = split(n.right.take(), pivot);
                n.right = lower;
                (Some(n), upper)
            } else {
                let (lower, upper) = split(n.left.take(), pivot);
                n.left = upper;
                (lower, Some(n))
            }
        }
    }
}

/// Every key of `a` is below every key of `b`.
fn join(a: Tree, b: Tree) -> Tree {
    match (a, b) {
        (None, t) | (t, None) => t,
        (Some(mut x), Some(mut y)) => {
            if x.prio >= y.prio {
                x.right = join(x.right.take(), Some(y));
                Some(x)
            } else {
                y.left = join(Some(x), y.left.take());
                Some(y)
            }
        }
    }
}

/// Removes `key` if present; the node's two children are joined in its place.
fn delete(t: &mut Tree, key: i64) -> bool {
    match t {
        None => false,
        Some(n) if key < n.key => delete(&mut n.left, key),
        Some(n) if key > n.key => delete(&mut n.right, key),
        Some(n) => {
            let (l, r) = (n.left.take(), n.right.take());
            *t = join(l, r);
            true
        }
    }
}

fn walk(t: &Tree, lo: i64, hi: i64, visit: &mut dyn FnMut(i64)) {
    if let Some(n) = t {
        if lo < n.key {
            walk(&n.left, lo, hi, visit);
        }
        if lo <= n.key && n.key <= hi {
            visit(n.key);
        }
        if n.key < hi {
            walk(&n.right, lo, hi, visit);
        }
    }
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    root: Tree,
    count: usize,
    seed: u64,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { root: None, count: 0, seed: 0x853C_49E6_748F_EA9B }
    }

    fn next_prio(&mut self) -> u64 {
        // xorshift64*, never left at 0
        let mut x = if self.seed == 0 { 0x853C_49E6_748F_EA9B } else { self.seed };
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.seed = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let prio = self.next_prio();
        let node = Some(Box::new(Node { key, prio, left: None, right: None }));
        let (lower, upper) = split(self.root.take(), key);
        self.root = join(join(lower, node), upper);
        self.count += 1;
        true
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        let gone = delete(&mut self.root, key);
        if gone {
            self.count -= 1;
        }
        gone
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        let mut cur = &self.root;
        while let Some(n) = cur {
            if key == n.key {
                return true;
            }
            cur = if key < n.key { &n.left } else { &n.right };
        }
        false
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut n = 0;
        if lo <= hi {
            walk(&self.root, lo, hi, &mut |_| n += 1);
        }
        n
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo <= hi {
            walk(&self.root, lo, hi, &mut |k| out.push(k));
        }
        out
    }
}
