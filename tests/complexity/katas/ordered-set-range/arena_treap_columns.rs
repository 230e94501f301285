// learner: optimal
// idiom: SAS statistician: a treap stored column-wise in parallel arrays (key, priority, left, right, subtree size) addressed by row number, split/merge on row numbers, range_count by two rank computations
//! An ordered set with range queries: see README.md.

const NIL: usize = usize::MAX;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    key: Vec<i64>,
    pri: Vec<u64>,
    lft: Vec<usize>,
    rgt: Vec<usize>,
    sz: Vec<usize>,
    free: Vec<usize>,
    root: Option<usize>,
    seed: u64,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { seed: 0x2545_F491_4F6C_DD1D, ..Default::default() }
    }

    fn rand(&mut self) -> u64 {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        self.seed
    }

    fn size(&self, t: usize) -> usize {
        if t == NIL { 0 } else { self.sz[t] }
    }

    fn fix(&mut self, t: usize) {
        self.sz[t] = 1 + self.size(self.lft[t]) + self.size(self.rgt[t]);
    }

    fn root_row(&self) -> usize {
        self.root.unwrap_or(NIL)
    }

    /// Splits t into (keys < k, keys >= k); with `incl`, into (keys <= k, keys > k).
    fn split(&mut self, t: usize, k: i64, incl: bool) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        let goes_left = if incl { self.key[t] <= k } else { self.key[t] < k };
        if goes_left {
            let (a, b) = self.split(self.rgt[t], k, incl);
            self.rgt[t] = a;
            self.fix(t);
            (t, b)
        } else {
            let (a, b) = self.split(self.lft[t], k, incl);
            self.lft[t] = b;
            self.fix(t);
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
        if self.pri[a] > self.pri[b] {
            let m = self.merge(self.rgt[a], b);
            self.rgt[a] = m;
            self.fix(a);
            a
        } else {
            let m = self.merge(a, self.lft[b]);
            self.lft[b] = m;
            self.fix(b);
            b
        }
    }

    fn new_row(&mut self, k: i64) -> usize {
        let p = self.rand();
        if let Some(r) = self.free.pop() {
            self.key[r] = k;
            self.pri[r] = p;
            self.lft[r] = NIL;
            self.rgt[r] = NIL;
            self.sz[r] = 1;
            r
        } else {
            self.key.push(k);
            self.pri.push(p);
            self.lft.push(NIL);
            self.rgt.push(NIL);
            self.sz.push(1);
            self.key.len() - 1
        }
    }

    fn set_root(&mut self, t: usize) {
        self.root = if t == NIL { None } else { Some(t) };
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let r = self.new_row(key);
        let (a, b) = self.split(self.root_row(), key, false);
        let ar = self.merge(a, r);
        let t = self.merge(ar, b);
        self.set_root(t);
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if !self.contains(key) {
            return false;
        }
        let (a, b) = self.split(self.root_row(), key, false);
        let (m, c) = self.split(b, key, true);
        self.free.push(m);
        let t = self.merge(a, c);
        self.set_root(t);
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut t = self.root_row();
        while t != NIL {
            if key == self.key[t] {
                return true;
            }
            t = if key < self.key[t] { self.lft[t] } else { self.rgt[t] };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.size(self.root_row())
    }

    pub fn is_empty(&self) -> bool {
        self.root.is_none()
    }

    /// Number of keys < k (or <= k with `incl`).
    fn rank(&self, k: i64, incl: bool) -> usize {
        let mut t = self.root_row();
        let mut n = 0;
        while t != NIL {
            let left_side = if incl { self.key[t] <= k } else { self.key[t] < k };
            if left_side {
                n += self.size(self.lft[t]) + 1;
                t = self.rgt[t];
            } else {
                t = self.lft[t];
            }
        }
        n
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        self.rank(hi, true) - self.rank(lo, false)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo > hi {
            return out;
        }
        // in-order walk with an explicit stack, skipping subtrees outside [lo, hi]
        let mut stack: Vec<usize> = Vec::new();
        let mut t = self.root_row();
        loop {
            while t != NIL {
                if self.key[t] < lo {
                    t = self.rgt[t];
                } else {
                    stack.push(t);
                    t = self.lft[t];
                }
            }
            let Some(u) = stack.pop() else { break };
            if self.key[u] > hi {
                break;
            }
            out.push(self.key[u]);
            t = self.rgt[u];
        }
        out
    }
}
