// learner: optimal
// idiom: hand-rolled treap in an index arena, xorshift priorities, while-loop descents and explicit stack walk
//! An ordered set with range queries: see README.md.

const NIL: usize = usize::MAX;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    k: Vec<i64>,
    p: Vec<u64>,
    l: Vec<usize>,
    r: Vec<usize>,
    free: Vec<usize>,
    root: usize,
    n: usize,
    seed: u64,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { root: NIL, seed: 0x9E37_79B9_7F4A_7C15, ..Default::default() }
    }

    fn rnd(&mut self) -> u64 {
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed = x;
        x
    }

    fn node(&mut self, key: i64) -> usize {
        let pr = self.rnd();
        if let Some(i) = self.free.pop() {
            self.k[i] = key;
            self.p[i] = pr;
            self.l[i] = NIL;
            self.r[i] = NIL;
            i
        } else {
            self.k.push(key);
            self.p.push(pr);
            self.l.push(NIL);
            self.r.push(NIL);
            self.k.len() - 1
        }
    }

    // split t into (< key, >= key)
    fn split(&mut self, t: usize, key: i64) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        if self.k[t] < key {
            let (a, b) = self.split(self.r[t], key);
            self.r[t] = a;
            (t, b)
        } else {
            let (a, b) = self.split(self.l[t], key);
            self.l[t] = b;
            (a, t)
        }
    }

    fn merge(&mut self, a: usize, b: usize) -> usize {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.p[a] > self.p[b] {
            let m = self.merge(self.r[a], b);
            self.r[a] = m;
            a
        } else {
            let m = self.merge(a, self.l[b]);
            self.l[b] = m;
            b
        }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let x = self.node(key);
        let (a, b) = self.split(self.root, key);
        let ax = self.merge(a, x);
        self.root = self.merge(ax, b);
        self.n += 1;
        true
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        // find node and its parent link
        let mut par = NIL;
        let mut t = self.root;
        while t != NIL && self.k[t] != key {
            par = t;
            t = if key < self.k[t] { self.l[t] } else { self.r[t] };
        }
        if t == NIL {
            return false;
        }
        let m = self.merge(self.l[t], self.r[t]);
        if par == NIL {
            self.root = m;
        } else if self.l[par] == t {
            self.l[par] = m;
        } else {
            self.r[par] = m;
        }
        self.free.push(t);
        self.n -= 1;
        true
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        let mut t = self.root;
        while t != NIL {
            if self.k[t] == key {
                return true;
            }
            t = if key < self.k[t] { self.l[t] } else { self.r[t] };
        }
        false
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.n
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    // in-order walk of keys in [lo, hi], pruning subtrees out of range
    fn walk<F: FnMut(i64)>(&self, lo: i64, hi: i64, mut f: F) {
        if lo > hi {
            return;
        }
        let mut st: Vec<usize> = Vec::new();
        let mut t = self.root;
        loop {
            while t != NIL {
                if self.k[t] < lo {
                    t = self.r[t];
                } else {
                    st.push(t);
                    t = self.l[t];
                }
            }
            let u = match st.pop() {
                Some(u) => u,
                None => break,
            };
            if self.k[u] > hi {
                break;
            }
            f(self.k[u]);
            t = self.r[u];
        }
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut c = 0usize;
        self.walk(lo, hi, |_| c += 1);
        c
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut v = Vec::new();
        self.walk(lo, hi, |x| v.push(x));
        v
    }
}
