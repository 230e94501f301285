// learner: optimal
// idiom: C-style: hand-rolled treap in an index arena (parallel Vecs, NIL sentinel, free list), iterative descents, explicit stack for in-order range walk
//! An ordered set with range queries.

const NIL: usize = usize::MAX;

#[derive(Debug, Default)]
pub struct OrderedSet {
    key: Vec<i64>,
    pri: Vec<u32>,
    lft: Vec<usize>,
    rgt: Vec<usize>,
    free: Vec<usize>,
    root: Option<usize>,
    count: usize,
    seed: u32,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { seed: 2463534242, ..Default::default() }
    }

    fn rnd(&mut self) -> u32 {
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.seed = x;
        x
    }

    fn alloc(&mut self, k: i64) -> usize {
        let p = self.rnd();
        if let Some(i) = self.free.pop() {
            self.key[i] = k;
            self.pri[i] = p;
            self.lft[i] = NIL;
            self.rgt[i] = NIL;
            return i;
        }
        self.key.push(k);
        self.pri.push(p);
        self.lft.push(NIL);
        self.rgt.push(NIL);
        self.key.len() - 1
    }

    fn root_idx(&self) -> usize {
        match self.root {
            Some(r) => r,
            None => NIL,
        }
    }

    /// Splits tree t into (< k) and (>= k).
    fn split(&mut self, t: usize, k: i64) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        if self.key[t] < k {
            let (a, b) = self.split(self.rgt[t], k);
            self.rgt[t] = a;
            (t, b)
        } else {
            let (a, b) = self.split(self.lft[t], k);
            self.lft[t] = b;
            (a, t)
        }
    }

    /// Joins a and b where every key of a < every key of b.
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
            a
        } else {
            let m = self.merge(a, self.lft[b]);
            self.lft[b] = m;
            b
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let n = self.alloc(key);
        let r = self.root_idx();
        let (a, b) = self.split(r, key);
        let left = self.merge(a, n);
        let all = self.merge(left, b);
        self.root = if all == NIL { None } else { Some(all) };
        self.count += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if !self.contains(key) {
            return false;
        }
        let r = self.root_idx();
        let (a, b) = self.split(r, key);
        // b's minimum is `key`; cut it off with a split at key + 1 (key < i64::MAX here, or b is just {MAX})
        let (mid, c) = if key == i64::MAX { (b, NIL) } else { self.split(b, key + 1) };
        self.free.push(mid);
        let all = self.merge(a, c);
        self.root = if all == NIL { None } else { Some(all) };
        self.count -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut t = self.root_idx();
        while t != NIL {
            if key == self.key[t] {
                return true;
            }
            t = if key < self.key[t] { self.lft[t] } else { self.rgt[t] };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Calls f on each key in [lo, hi], ascending. Pushes only the left spine of
    /// nodes >= lo, so the walk costs O(depth + k).
    fn walk<F: FnMut(i64)>(&self, lo: i64, hi: i64, mut f: F) {
        if lo > hi {
            return;
        }
        let mut stk: Vec<usize> = Vec::new();
        let mut t = self.root_idx();
        while t != NIL {
            if self.key[t] >= lo {
                stk.push(t);
                t = self.lft[t];
            } else {
                t = self.rgt[t];
            }
        }
        while let Some(x) = stk.pop() {
            if self.key[x] > hi {
                return;
            }
            f(self.key[x]);
            let mut c = self.rgt[x];
            while c != NIL {
                stk.push(c);
                c = self.lft[c];
            }
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut c: usize = 0;
        self.walk(lo, hi, |_| c += 1);
        c
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        self.walk(lo, hi, |k| out.push(k));
        out
    }
}
