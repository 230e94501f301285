// learner: optimal
// idiom: hand-rolled treap in a Vec arena (indices, NIL sentinel, xorshift priorities), recursive split/merge, explicit-stack in-order range walk
//! An ordered set with range queries: see README.md.

const NIL: usize = usize::MAX;

#[derive(Debug, Clone)]
struct TNode {
    key: i64,
    prio: u64,
    left: usize,
    right: usize,
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    nodes: Vec<TNode>,
    free: Vec<usize>,
    root: Option<usize>,
    size: usize,
    seed: u64,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { nodes: Vec::new(), free: Vec::new(), root: None, size: 0, seed: 0x9E37_79B9_7F4A_7C15 }
    }

    fn rand(&mut self) -> u64 {
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed = x;
        x
    }

    fn root_idx(&self) -> usize {
        self.root.unwrap_or(NIL)
    }

    /// splits `t` into (< key, >= key)
    fn split(&mut self, t: usize, key: i64) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        if self.nodes[t].key < key {
            let (a, b) = self.split(self.nodes[t].right, key);
            self.nodes[t].right = a;
            (t, b)
        } else {
            let (a, b) = self.split(self.nodes[t].left, key);
            self.nodes[t].left = b;
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
        if self.nodes[a].prio > self.nodes[b].prio {
            let r = self.merge(self.nodes[a].right, b);
            self.nodes[a].right = r;
            a
        } else {
            let l = self.merge(a, self.nodes[b].left);
            self.nodes[b].left = l;
            b
        }
    }

    fn set_root(&mut self, t: usize) {
        self.root = if t == NIL { None } else { Some(t) };
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let prio = self.rand();
        let fresh = TNode { key, prio, left: NIL, right: NIL };
        let idx = match self.free.pop() {
            Some(i) => {
                self.nodes[i] = fresh;
                i
            }
            None => {
                self.nodes.push(fresh);
                self.nodes.len() - 1
            }
        };
        let (a, b) = self.split(self.root_idx(), key);
        let left = self.merge(a, idx);
        let t = self.merge(left, b);
        self.set_root(t);
        self.size += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if !self.contains(key) {
            return false;
        }
        let (a, b) = self.split(self.root_idx(), key);
        // b's minimum is `key`; split it off with key + 1 (key < i64::MAX here or b is just {MAX})
        let (mid, c) = match key.checked_add(1) {
            Some(next) => self.split(b, next),
            None => (b, NIL),
        };
        self.free.push(mid);
        let t = self.merge(a, c);
        self.set_root(t);
        self.size -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut t = self.root_idx();
        while t != NIL {
            let n = &self.nodes[t];
            if key == n.key {
                return true;
            }
            t = if key < n.key { n.left } else { n.right };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    /// in-order walk of keys in [lo, hi], pruning subtrees outside it
    fn visit<F: FnMut(i64)>(&self, lo: i64, hi: i64, mut f: F) {
        if lo > hi {
            return;
        }
        let mut stack: Vec<usize> = Vec::new();
        let mut t = self.root_idx();
        loop {
            while t != NIL {
                if self.nodes[t].key < lo {
                    t = self.nodes[t].right;
                } else {
                    stack.push(t);
                    t = self.nodes[t].left;
                }
            }
            let top = match stack.pop() {
                Some(x) => x,
                None => return,
            };
            let k = self.nodes[top].key;
            if k > hi {
                return;
            }
            f(k);
            t = self.nodes[top].right;
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut c = 0;
        self.visit(lo, hi, |_| c += 1);
        c
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut v = Vec::new();
        self.visit(lo, hi, |k| v.push(k));
        v
    }
}
