// learner: optimal
// idiom: Lua game modder: a treap stored in flat arrays (key/prio/left/right tables indexed by integers, 0 = nil), a free list for recycled slots, rotations written out by hand, fixed-seed xorshift priorities
// why:
//! An ordered set with range queries: see README.md.

const NIL: usize = 0;

#[derive(Debug)]
pub struct OrderedSet {
    key: Vec<i64>,
    prio: Vec<u64>,
    left: Vec<usize>,
    right: Vec<usize>,
    free: Vec<usize>,
    root: usize,
    count: usize,
    seed: u64,
}

impl Default for OrderedSet {
    fn default() -> Self {
        OrderedSet::new()
    }
}

impl OrderedSet {
    pub fn new() -> Self {
        // slot 0 is the nil sentinel
        OrderedSet {
            key: vec![0],
            prio: vec![0],
            left: vec![NIL],
            right: vec![NIL],
            free: Vec::new(),
            root: NIL,
            count: 0,
            seed: 88172645463325252,
        }
    }

    fn rand(&mut self) -> u64 {
        self.seed ^= self.seed << 13;
        self.seed ^= self.seed >> 7;
        self.seed ^= self.seed << 17;
        self.seed
    }

    fn new_node(&mut self, k: i64) -> usize {
        let p = self.rand() | 1;
        if let Some(i) = self.free.pop() {
            self.key[i] = k;
            self.prio[i] = p;
            self.left[i] = NIL;
            self.right[i] = NIL;
            i
        } else {
            self.key.push(k);
            self.prio.push(p);
            self.left.push(NIL);
            self.right.push(NIL);
            self.key.len() - 1
        }
    }

    fn rot_right(&mut self, t: usize) -> usize {
        let l = self.left[t];
        self.left[t] = self.right[l];
        self.right[l] = t;
        l
    }

    fn rot_left(&mut self, t: usize) -> usize {
        let r = self.right[t];
        self.right[t] = self.left[r];
        self.left[r] = t;
        r
    }

    // returns the new root of the subtree; sets *added
    fn ins(&mut self, t: usize, k: i64, added: &mut bool) -> usize {
        if t == NIL {
            *added = true;
            return self.new_node(k);
        }
        if k < self.key[t] {
            let l = self.ins(self.left[t], k, added);
            self.left[t] = l;
            if self.prio[l] > self.prio[t] {
                return self.rot_right(t);
            }
        } else if k > self.key[t] {
            let r = self.ins(self.right[t], k, added);
            self.right[t] = r;
            if self.prio[r] > self.prio[t] {
                return self.rot_left(t);
            }
        }
        t
    }

    fn del(&mut self, t: usize, k: i64, gone: &mut bool) -> usize {
        if t == NIL {
            return NIL;
        }
        if k < self.key[t] {
            let l = self.del(self.left[t], k, gone);
            self.left[t] = l;
            return t;
        }
        if k > self.key[t] {
            let r = self.del(self.right[t], k, gone);
            self.right[t] = r;
            return t;
        }
        // found: rotate it down until it has at most one child
        let l = self.left[t];
        let r = self.right[t];
        if l == NIL {
            *gone = true;
            self.free.push(t);
            return r;
        }
        if r == NIL {
            *gone = true;
            self.free.push(t);
            return l;
        }
        if self.prio[l] > self.prio[r] {
            let top = self.rot_right(t);
            let rr = self.del(self.right[top], k, gone);
            self.right[top] = rr;
            top
        } else {
            let top = self.rot_left(t);
            let ll = self.del(self.left[top], k, gone);
            self.left[top] = ll;
            top
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut added = false;
        self.root = self.ins(self.root, key, &mut added);
        if added {
            self.count = self.count + 1;
        }
        added
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut gone = false;
        self.root = self.del(self.root, key, &mut gone);
        if gone {
            self.count = self.count - 1;
        }
        gone
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut t = self.root;
        while t != NIL {
            if key == self.key[t] {
                return true;
            }
            t = if key < self.key[t] { self.left[t] } else { self.right[t] };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn walk(&self, t: usize, lo: i64, hi: i64, visit: &mut dyn FnMut(i64)) {
        if t == NIL {
            return;
        }
        let k = self.key[t];
        if lo < k {
            self.walk(self.left[t], lo, hi, visit);
        }
        if lo <= k && k <= hi {
            visit(k);
        }
        if k < hi {
            self.walk(self.right[t], lo, hi, visit);
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut n = 0;
        if lo <= hi {
            self.walk(self.root, lo, hi, &mut |_| n = n + 1);
        }
        n
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo <= hi {
            self.walk(self.root, lo, hi, &mut |k| out.push(k));
        }
        out
    }
}
