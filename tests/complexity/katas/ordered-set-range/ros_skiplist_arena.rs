// learner: optimal
// idiom: ROS-style C++: hand-rolled skip list in a node arena with fixed-size [usize; MAX_LEVEL] forward arrays, xorshift level draw, free list, level-0 walk for ranges
//! An ordered set with range queries: see README.md.

const MAX_LEVEL: usize = 24;
const NIL: usize = usize::MAX;
const HEAD: usize = 0;

#[derive(Debug, Clone)]
struct Node {
    key: i64,
    level: usize,
    next: [usize; MAX_LEVEL],
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug)]
pub struct OrderedSet {
    nodes: Vec<Node>, // nodes[0] is the head sentinel
    free: Vec<usize>,
    top: usize, // levels in use
    count: usize,
    rng_state: u64,
}

impl Default for OrderedSet {
    fn default() -> Self {
        Self::new()
    }
}

impl OrderedSet {
    pub fn new() -> Self {
        let head = Node { key: i64::MIN, level: MAX_LEVEL, next: [NIL; MAX_LEVEL] };
        OrderedSet { nodes: vec![head], free: Vec::new(), top: 1, count: 0, rng_state: 0x9E37_79B9_7F4A_7C15 }
    }

    fn random_level(&mut self) -> usize {
        let mut x = self.rng_state;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng_state = x;
        // geometric with p = 1/2: count trailing ones
        let lvl = (x.trailing_ones() as usize) + 1;
        if lvl > MAX_LEVEL { MAX_LEVEL } else { lvl }
    }

    /// Fills `path[l]` with the last node at level l whose key < `key`.
    fn find_path(&self, key: i64, path: &mut [usize; MAX_LEVEL]) {
        let mut cur = HEAD;
        let mut l = self.top;
        while l > 0 {
            l -= 1;
            loop {
                let nx = self.nodes[cur].next[l];
                if nx != NIL && self.nodes[nx].key < key {
                    cur = nx;
                } else {
                    break;
                }
            }
            path[l] = cur;
        }
    }

    /// First node with key >= `key` (or NIL).
    fn lower_bound(&self, key: i64) -> usize {
        let mut cur = HEAD;
        let mut l = self.top;
        while l > 0 {
            l -= 1;
            loop {
                let nx = self.nodes[cur].next[l];
                if nx != NIL && self.nodes[nx].key < key {
                    cur = nx;
                } else {
                    break;
                }
            }
        }
        self.nodes[cur].next[0]
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut path = [HEAD; MAX_LEVEL];
        self.find_path(key, &mut path);
        let cand = self.nodes[path[0]].next[0];
        if cand != NIL && self.nodes[cand].key == key {
            return false;
        }
        let lvl = self.random_level();
        if lvl > self.top {
            // path entries above the old top already point at HEAD
            self.top = lvl;
        }
        let node = Node { key, level: lvl, next: [NIL; MAX_LEVEL] };
        let idx = match self.free.pop() {
            Some(slot) => {
                self.nodes[slot] = node;
                slot
            }
            None => {
                self.nodes.push(node);
                self.nodes.len() - 1
            }
        };
        for l in 0..lvl {
            let prev = path[l];
            self.nodes[idx].next[l] = self.nodes[prev].next[l];
            self.nodes[prev].next[l] = idx;
        }
        self.count += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut path = [HEAD; MAX_LEVEL];
        self.find_path(key, &mut path);
        let target = self.nodes[path[0]].next[0];
        if target == NIL || self.nodes[target].key != key {
            return false;
        }
        let lvl = self.nodes[target].level;
        for l in 0..lvl {
            let prev = path[l];
            if self.nodes[prev].next[l] == target {
                self.nodes[prev].next[l] = self.nodes[target].next[l];
            }
        }
        while self.top > 1 && self.nodes[HEAD].next[self.top - 1] == NIL {
            self.top -= 1;
        }
        self.free.push(target);
        self.count -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let n = self.lower_bound(key);
        n != NIL && self.nodes[n].key == key
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut n = self.lower_bound(lo);
        let mut total = 0usize;
        while n != NIL && self.nodes[n].key <= hi {
            total += 1;
            n = self.nodes[n].next[0];
        }
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo > hi {
            return out;
        }
        let mut n = self.lower_bound(lo);
        while n != NIL && self.nodes[n].key <= hi {
            out.push(self.nodes[n].key);
            n = self.nodes[n].next[0];
        }
        out
    }
}
