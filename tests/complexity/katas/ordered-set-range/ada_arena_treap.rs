// learner: optimal
// idiom: Ada-style: hand-rolled treap in an index arena (no Box, no unsafe), subtree sizes for O(log n) rank counting, explicit bounds, free list
//! An ordered set with range queries: see README.md.

const NIL: usize = usize::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    key: i64,
    priority: u64,
    left: usize,
    right: usize,
    size: usize,
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    nodes: Vec<Node>,
    free: Vec<usize>,
    root: Option<usize>,
    seed: u64,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { nodes: Vec::new(), free: Vec::new(), root: None, seed: 0x9E37_79B9_7F4A_7C15 }
    }

    fn size_of(&self, at: usize) -> usize {
        if at == NIL { 0 } else { self.nodes[at].size }
    }

    fn refresh(&mut self, at: usize) {
        if at != NIL {
            let s = 1 + self.size_of(self.nodes[at].left) + self.size_of(self.nodes[at].right);
            self.nodes[at].size = s;
        }
    }

    fn next_priority(&mut self) -> u64 {
        if self.seed == 0 {
            self.seed = 0x9E37_79B9_7F4A_7C15;
        }
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        self.seed
    }

    fn root_index(&self) -> usize {
        self.root.unwrap_or(NIL)
    }

    /// Splits the tree at `at` into (keys < key, keys >= key).
    fn split(&mut self, at: usize, key: i64) -> (usize, usize) {
        if at == NIL {
            return (NIL, NIL);
        }
        if self.nodes[at].key < key {
            let (l, r) = self.split(self.nodes[at].right, key);
            self.nodes[at].right = l;
            self.refresh(at);
            (at, r)
        } else {
            let (l, r) = self.split(self.nodes[at].left, key);
            self.nodes[at].left = r;
            self.refresh(at);
            (l, at)
        }
    }

    /// Joins two trees where every key of `a` is below every key of `b`.
    fn merge(&mut self, a: usize, b: usize) -> usize {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.nodes[a].priority > self.nodes[b].priority {
            let r = self.merge(self.nodes[a].right, b);
            self.nodes[a].right = r;
            self.refresh(a);
            a
        } else {
            let l = self.merge(a, self.nodes[b].left);
            self.nodes[b].left = l;
            self.refresh(b);
            b
        }
    }

    fn set_root(&mut self, at: usize) {
        self.root = if at == NIL { None } else { Some(at) };
    }

    /// Number of keys strictly below `key`.
    fn rank_below(&self, key: i64) -> usize {
        let mut at = self.root_index();
        let mut count: usize = 0;
        while at != NIL {
            let node = &self.nodes[at];
            if node.key < key {
                count += self.size_of(node.left) + 1;
                at = node.right;
            } else {
                at = node.left;
            }
        }
        count
    }

    /// Number of keys at or below `key`.
    fn rank_at_most(&self, key: i64) -> usize {
        match key.checked_add(1) {
            Some(next) => self.rank_below(next),
            None => self.len(),
        }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let node = Node { key, priority: self.next_priority(), left: NIL, right: NIL, size: 1 };
        let slot = match self.free.pop() {
            Some(s) => {
                self.nodes[s] = node;
                s
            }
            None => {
                self.nodes.push(node);
                self.nodes.len() - 1
            }
        };
        let (less, rest) = self.split(self.root_index(), key);
        let joined = self.merge(less, slot);
        let all = self.merge(joined, rest);
        self.set_root(all);
        true
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        if !self.contains(key) {
            return false;
        }
        let (less, rest) = self.split(self.root_index(), key);
        // `rest` starts with `key`, the smallest key it holds: peel it off.
        let (target, greater) = match key.checked_add(1) {
            Some(next) => self.split(rest, next),
            None => (rest, NIL),
        };
        debug_assert!(self.size_of(target) == 1);
        if target != NIL {
            self.free.push(target);
        }
        let all = self.merge(less, greater);
        self.set_root(all);
        true
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        let mut at = self.root_index();
        while at != NIL {
            let node = &self.nodes[at];
            if key == node.key {
                return true;
            }
            at = if key < node.key { node.left } else { node.right };
        }
        false
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.size_of(self.root_index())
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.root.is_none()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        self.rank_at_most(hi) - self.rank_below(lo)
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out: Vec<i64> = Vec::new();
        if lo > hi {
            return out;
        }
        // In-order walk that only descends into subtrees that can hold keys in [lo, hi].
        let mut pending: Vec<usize> = Vec::new();
        let mut at = self.root_index();
        loop {
            while at != NIL {
                let node = &self.nodes[at];
                if node.key < lo {
                    at = node.right;
                } else {
                    pending.push(at);
                    at = node.left;
                }
            }
            let Some(top) = pending.pop() else { break };
            let node = &self.nodes[top];
            if node.key > hi {
                break;
            }
            out.push(node.key);
            at = node.right;
        }
        out
    }
}
