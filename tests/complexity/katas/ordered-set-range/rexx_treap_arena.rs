// learner: optimal
// idiom: REXX: no pointers, so nodes live in numbered stems NODE.i.KEY/LEFT/RIGHT/SIZE (a Vec arena with a free list); a treap with split/merge procedures and an explicit PUSH/PULL stack for the in-order walk
// why: treap depth is O(log n) expected, so insert/remove/contains are O(log n); subtree sizes give range_count as two rank descents, O(log n); range_keys descends then walks k keys

/* REXX-style: NIL is a sentinel index, FREE. holds recycled slots, SEED drives the priorities. */

const NIL: usize = usize::MAX;

#[derive(Debug, Clone)]
struct NodeRec {
    key: i64,
    prio: u64,
    left: usize,
    right: usize,
    size: usize,
}

#[derive(Debug)]
pub struct OrderedSet {
    node_stem: Vec<NodeRec>,
    free_stem: Vec<usize>,
    root: usize,
    seed: u64,
}

impl Default for OrderedSet {
    fn default() -> Self {
        OrderedSet { node_stem: Vec::new(), free_stem: Vec::new(), root: NIL, seed: 0x2545_F491_4F6C_DD1D }
    }
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    fn next_prio(&mut self) -> u64 {
        // xorshift64
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed = x;
        x
    }

    fn size_of(&self, t: usize) -> usize {
        if t == NIL { 0 } else { self.node_stem[t].size }
    }

    fn fix_size(&mut self, t: usize) {
        let l = self.node_stem[t].left;
        let r = self.node_stem[t].right;
        self.node_stem[t].size = 1 + self.size_of(l) + self.size_of(r);
    }

    fn new_node(&mut self, key: i64) -> usize {
        let prio = self.next_prio();
        let rec = NodeRec { key, prio, left: NIL, right: NIL, size: 1 };
        match self.free_stem.pop() {
            Some(slot) => {
                self.node_stem[slot] = rec;
                slot
            }
            None => {
                self.node_stem.push(rec);
                self.node_stem.len() - 1
            }
        }
    }

    /// SPLIT: left part gets keys < key (or <= key when or_equal), right part the rest.
    fn split(&mut self, t: usize, key: i64, or_equal: bool) -> (usize, usize) {
        if t == NIL {
            return (NIL, NIL);
        }
        let node_key = self.node_stem[t].key;
        let goes_left = if or_equal { node_key <= key } else { node_key < key };
        if goes_left {
            let r = self.node_stem[t].right;
            let (a, b) = self.split(r, key, or_equal);
            self.node_stem[t].right = a;
            self.fix_size(t);
            (t, b)
        } else {
            let l = self.node_stem[t].left;
            let (a, b) = self.split(l, key, or_equal);
            self.node_stem[t].left = b;
            self.fix_size(t);
            (a, t)
        }
    }

    /// MERGE: every key of a is smaller than every key of b.
    fn merge(&mut self, a: usize, b: usize) -> usize {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.node_stem[a].prio > self.node_stem[b].prio {
            let ar = self.node_stem[a].right;
            let m = self.merge(ar, b);
            self.node_stem[a].right = m;
            self.fix_size(a);
            a
        } else {
            let bl = self.node_stem[b].left;
            let m = self.merge(a, bl);
            self.node_stem[b].left = m;
            self.fix_size(b);
            b
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let fresh = self.new_node(key);
        let (lower, upper) = self.split(self.root, key, false);
        let joined = self.merge(lower, fresh);
        self.root = self.merge(joined, upper);
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if !self.contains(key) {
            return false;
        }
        let (lower, rest) = self.split(self.root, key, false);
        let (the_one, upper) = self.split(rest, key, true);
        if the_one != NIL {
            self.free_stem.push(the_one);
        }
        self.root = self.merge(lower, upper);
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut t = self.root;
        loop {
            if t == NIL {
                return false;
            }
            let node_key = self.node_stem[t].key;
            if key == node_key {
                return true;
            }
            t = if key < node_key { self.node_stem[t].left } else { self.node_stem[t].right };
        }
    }

    pub fn len(&self) -> usize {
        self.size_of(self.root)
    }

    pub fn is_empty(&self) -> bool {
        self.root == NIL
    }

    /// How many keys are < key (or <= key when or_equal): one root-to-leaf descent.
    fn rank(&self, key: i64, or_equal: bool) -> usize {
        let mut t = self.root;
        let mut below = 0usize;
        loop {
            if t == NIL {
                break;
            }
            let node_key = self.node_stem[t].key;
            let counts = if or_equal { node_key <= key } else { node_key < key };
            if counts {
                below += 1 + self.size_of(self.node_stem[t].left);
                t = self.node_stem[t].right;
            } else {
                t = self.node_stem[t].left;
            }
        }
        below
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        self.rank(hi, true) - self.rank(lo, false)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out_keys = Vec::new();
        if lo > hi {
            return out_keys;
        }
        // PUSH the path to the first key >= lo, then PULL in order
        let mut pending: Vec<usize> = Vec::new();
        let mut t = self.root;
        loop {
            if t == NIL {
                break;
            }
            if self.node_stem[t].key >= lo {
                pending.push(t);
                t = self.node_stem[t].left;
            } else {
                t = self.node_stem[t].right;
            }
        }
        loop {
            let Some(top) = pending.pop() else {
                break;
            };
            let top_key = self.node_stem[top].key;
            if top_key > hi {
                break;
            }
            out_keys.push(top_key);
            let mut c = self.node_stem[top].right;
            loop {
                if c == NIL {
                    break;
                }
                pending.push(c);
                c = self.node_stem[c].left;
            }
        }
        out_keys
    }
}
