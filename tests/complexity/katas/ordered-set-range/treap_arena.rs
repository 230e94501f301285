// learner: optimal
// idiom: hand-rolled treap in a Vec arena (random priorities, split/merge recursion of expected depth O(log n)); range walks prune subtrees outside [lo, hi]: O(log n + k) expected
const NIL: usize = usize::MAX;

#[derive(Debug, Clone)]
struct Node {
    key: i64,
    prio: u64,
    left: usize,
    right: usize,
}

#[derive(Debug)]
pub struct OrderedSet {
    nodes: Vec<Node>,
    free: Vec<usize>,
    root: usize,
    len: usize,
    seed: u64,
}

impl Default for OrderedSet {
    fn default() -> Self {
        Self::new()
    }
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { nodes: Vec::new(), free: Vec::new(), root: NIL, len: 0, seed: 0x9E37_79B9_7F4A_7C15 }
    }

    fn next_prio(&mut self) -> u64 {
        // xorshift64
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        self.seed
    }

    /// Splits `t` into (keys < key, keys >= key).
    fn split(&mut self, t: usize, key: i64) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        if self.nodes[t].key < key {
            let (l, r) = self.split(self.nodes[t].right, key);
            self.nodes[t].right = l;
            (t, r)
        } else {
            let (l, r) = self.split(self.nodes[t].left, key);
            self.nodes[t].left = r;
            (l, t)
        }
    }

    /// Joins two treaps where every key of `a` is below every key of `b`.
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

    fn find(&self, key: i64) -> bool {
        let mut t = self.root;
        while t != NIL {
            let node = &self.nodes[t];
            if key == node.key {
                return true;
            }
            t = if key < node.key { node.left } else { node.right };
        }
        false
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.find(key) {
            return false;
        }
        let node = Node { key, prio: self.next_prio(), left: NIL, right: NIL };
        let idx = match self.free.pop() {
            Some(i) => {
                self.nodes[i] = node;
                i
            }
            None => {
                self.nodes.push(node);
                self.nodes.len() - 1
            }
        };
        let (l, r) = self.split(self.root, key);
        let l = self.merge(l, idx);
        self.root = self.merge(l, r);
        self.len += 1;
        true
    }

    fn remove_from(&mut self, t: usize, key: i64) -> (usize, bool) {
        if t == NIL {
            return (NIL, false);
        }
        if key == self.nodes[t].key {
            self.free.push(t);
            let (l, r) = (self.nodes[t].left, self.nodes[t].right);
            return (self.merge(l, r), true);
        }
        if key < self.nodes[t].key {
            let (l, found) = self.remove_from(self.nodes[t].left, key);
            self.nodes[t].left = l;
            (t, found)
        } else {
            let (r, found) = self.remove_from(self.nodes[t].right, key);
            self.nodes[t].right = r;
            (t, found)
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let (root, found) = self.remove_from(self.root, key);
        self.root = root;
        if found {
            self.len -= 1;
        }
        found
    }

    pub fn contains(&self, key: i64) -> bool {
        self.find(key)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn count_in(&self, t: usize, lo: i64, hi: i64) -> usize {
        if t == NIL {
            return 0;
        }
        let n = &self.nodes[t];
        if n.key < lo {
            self.count_in(n.right, lo, hi)
        } else if n.key > hi {
            self.count_in(n.left, lo, hi)
        } else {
            1 + self.count_in(n.left, lo, hi) + self.count_in(n.right, lo, hi)
        }
    }

    fn keys_in(&self, t: usize, lo: i64, hi: i64, out: &mut Vec<i64>) {
        if t == NIL {
            return;
        }
        let n = &self.nodes[t];
        if n.key > lo {
            self.keys_in(n.left, lo, hi, out);
        }
        if lo <= n.key && n.key <= hi {
            out.push(n.key);
        }
        if n.key < hi {
            self.keys_in(n.right, lo, hi, out);
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        self.count_in(self.root, lo, hi)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo <= hi {
            self.keys_in(self.root, lo, hi, &mut out);
        }
        out
    }
}
