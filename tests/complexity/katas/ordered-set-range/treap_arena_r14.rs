// learner: optimal
// idiom: hand-rolled treap in an index arena, iterative descent, free list, explicit-stack in-order walk
#[derive(Debug, Clone)]
struct Node {
    key: i64,
    prio: u64,
    left: usize,
    right: usize,
}

const NIL: usize = usize::MAX;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    nodes: Vec<Node>,
    free: Vec<usize>,
    root: Option<usize>,
    count: usize,
    seed: u64,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { nodes: Vec::new(), free: Vec::new(), root: None, count: 0, seed: 0x9E37_79B9_7F4A_7C15 }
    }

    fn next_prio(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.seed | 1;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.seed = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn root(&self) -> usize {
        self.root.unwrap_or(NIL)
    }

    /// split(t, key) -> (< key, >= key), iterative, no recursion.
    fn split(&mut self, t: usize, key: i64) -> (usize, usize) {
        let (mut l_root, mut r_root) = (NIL, NIL);
        // last nodes of the left and right spines whose child we must fill
        let (mut l_last, mut r_last) = (NIL, NIL);
        let mut cur = t;
        while cur != NIL {
            if self.nodes[cur].key < key {
                if l_last == NIL { l_root = cur; } else { self.nodes[l_last].right = cur; }
                l_last = cur;
                cur = self.nodes[cur].right;
            } else {
                if r_last == NIL { r_root = cur; } else { self.nodes[r_last].left = cur; }
                r_last = cur;
                cur = self.nodes[cur].left;
            }
        }
        if l_last != NIL { self.nodes[l_last].right = NIL; }
        if r_last != NIL { self.nodes[r_last].left = NIL; }
        (l_root, r_root)
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        let prio = self.next_prio();
        let node = Node { key, prio, left: NIL, right: NIL };
        let id = match self.free.pop() {
            Some(slot) => { self.nodes[slot] = node; slot }
            None => { self.nodes.push(node); self.nodes.len() - 1 }
        };
        // walk down until the new node's priority beats the current one
        let mut parent = NIL;
        let mut went_left = false;
        let mut cur = self.root();
        while cur != NIL && self.nodes[cur].prio >= prio {
            parent = cur;
            went_left = key < self.nodes[cur].key;
            cur = if went_left { self.nodes[cur].left } else { self.nodes[cur].right };
        }
        let (l, r) = self.split(cur, key);
        self.nodes[id].left = l;
        self.nodes[id].right = r;
        if parent == NIL {
            self.root = Some(id);
        } else if went_left {
            self.nodes[parent].left = id;
        } else {
            self.nodes[parent].right = id;
        }
        self.count += 1;
        true
    }

    /// merge(a, b) where every key of a < every key of b, iterative.
    fn merge(&mut self, a: usize, b: usize) -> usize {
        let (mut a, mut b) = (a, b);
        let mut top = NIL;
        let mut hook = NIL; // node whose child slot receives the next piece
        let mut hook_left = false;
        loop {
            let pick;
            if a == NIL { pick = b; } else if b == NIL { pick = a; } else { pick = NIL; }
            if a == NIL || b == NIL {
                if hook == NIL { top = pick; } else if hook_left { self.nodes[hook].left = pick; } else { self.nodes[hook].right = pick; }
                return top;
            }
            if self.nodes[a].prio >= self.nodes[b].prio {
                if hook == NIL { top = a; } else if hook_left { self.nodes[hook].left = a; } else { self.nodes[hook].right = a; }
                hook = a;
                hook_left = false;
                a = self.nodes[a].right;
            } else {
                if hook == NIL { top = b; } else if hook_left { self.nodes[hook].left = b; } else { self.nodes[hook].right = b; }
                hook = b;
                hook_left = true;
                b = self.nodes[b].left;
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut parent = NIL;
        let mut went_left = false;
        let mut cur = self.root();
        while cur != NIL && self.nodes[cur].key != key {
            parent = cur;
            went_left = key < self.nodes[cur].key;
            cur = if went_left { self.nodes[cur].left } else { self.nodes[cur].right };
        }
        if cur == NIL {
            return false;
        }
        let (l, r) = (self.nodes[cur].left, self.nodes[cur].right);
        let joined = self.merge(l, r);
        if parent == NIL {
            self.root = if joined == NIL { None } else { Some(joined) };
        } else if went_left {
            self.nodes[parent].left = joined;
        } else {
            self.nodes[parent].right = joined;
        }
        self.free.push(cur);
        self.count -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut cur = self.root();
        while cur != NIL {
            let k = self.nodes[cur].key;
            if k == key {
                return true;
            }
            cur = if key < k { self.nodes[cur].left } else { self.nodes[cur].right };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Visits keys in [lo, hi] ascending, pruning subtrees outside the range.
    fn walk<F: FnMut(i64)>(&self, lo: i64, hi: i64, mut visit: F) {
        if lo > hi {
            return;
        }
        // Morris-free in-order with a stack bounded by the tree height
        let mut stack: Vec<usize> = Vec::new();
        let mut cur = self.root();
        loop {
            while cur != NIL {
                if self.nodes[cur].key < lo {
                    cur = self.nodes[cur].right;
                } else {
                    stack.push(cur);
                    cur = self.nodes[cur].left;
                }
            }
            let Some(top) = stack.pop() else { return };
            let k = self.nodes[top].key;
            if k > hi {
                return;
            }
            visit(k);
            cur = self.nodes[top].right;
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut total = 0usize;
        self.walk(lo, hi, |_| total += 1);
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut acc = Vec::new();
        self.walk(lo, hi, |k| acc.push(k));
        acc
    }
}
