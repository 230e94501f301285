// learner: optimal
// idiom: C-style treap in a Vec arena: u32 child links, NIL sentinel, free list of slots, xorshift priorities, rotations, pruned in-order walk
//! An ordered set with range queries: see README.md.

const NIL: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    key: i64,
    pri: u32,
    l: u32,
    r: u32,
}

#[derive(Debug)]
pub struct OrderedSet {
    pool: Vec<Node>,
    free: Vec<u32>,
    root: u32,
    n: usize,
    rng: u32,
}

impl Default for OrderedSet {
    fn default() -> Self {
        OrderedSet { pool: Vec::new(), free: Vec::new(), root: NIL, n: 0, rng: 2463534242 }
    }
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    fn rand(&mut self) -> u32 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.rng = x;
        x
    }

    fn new_node(&mut self, key: i64) -> u32 {
        let pri = self.rand();
        let nd = Node { key, pri, l: NIL, r: NIL };
        match self.free.pop() {
            Some(s) => {
                self.pool[s as usize] = nd;
                s
            }
            None => {
                self.pool.push(nd);
                (self.pool.len() - 1) as u32
            }
        }
    }

    fn rot_right(&mut self, t: u32) -> u32 {
        let l = self.pool[t as usize].l;
        self.pool[t as usize].l = self.pool[l as usize].r;
        self.pool[l as usize].r = t;
        l
    }

    fn rot_left(&mut self, t: u32) -> u32 {
        let r = self.pool[t as usize].r;
        self.pool[t as usize].r = self.pool[r as usize].l;
        self.pool[r as usize].l = t;
        r
    }

    // returns new subtree root; *added set when a node was created
    fn ins(&mut self, t: u32, key: i64, added: &mut bool) -> u32 {
        if t == NIL {
            *added = true;
            return self.new_node(key);
        }
        let k = self.pool[t as usize].key;
        if key < k {
            let c = self.ins(self.pool[t as usize].l, key, added);
            self.pool[t as usize].l = c;
            if self.pool[c as usize].pri > self.pool[t as usize].pri {
                return self.rot_right(t);
            }
        } else if key > k {
            let c = self.ins(self.pool[t as usize].r, key, added);
            self.pool[t as usize].r = c;
            if self.pool[c as usize].pri > self.pool[t as usize].pri {
                return self.rot_left(t);
            }
        }
        t
    }

    fn del(&mut self, t: u32, key: i64, gone: &mut bool) -> u32 {
        if t == NIL {
            return NIL;
        }
        let k = self.pool[t as usize].key;
        if key < k {
            let c = self.del(self.pool[t as usize].l, key, gone);
            self.pool[t as usize].l = c;
            return t;
        }
        if key > k {
            let c = self.del(self.pool[t as usize].r, key, gone);
            self.pool[t as usize].r = c;
            return t;
        }
        let l = self.pool[t as usize].l;
        let r = self.pool[t as usize].r;
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
        // rotate the higher-priority child up, then keep deleting below
        if self.pool[l as usize].pri > self.pool[r as usize].pri {
            let top = self.rot_right(t);
            let c = self.del(self.pool[top as usize].r, key, gone);
            self.pool[top as usize].r = c;
            top
        } else {
            let top = self.rot_left(t);
            let c = self.del(self.pool[top as usize].l, key, gone);
            self.pool[top as usize].l = c;
            top
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut added = false;
        self.root = self.ins(self.root, key, &mut added);
        if added {
            self.n += 1;
        }
        added
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut gone = false;
        self.root = self.del(self.root, key, &mut gone);
        if gone {
            self.n -= 1;
        }
        gone
    }

    pub fn contains(&self, key: i64) -> bool {
        let mut t = self.root;
        while t != NIL {
            let nd = &self.pool[t as usize];
            if key == nd.key {
                return true;
            }
            t = if key < nd.key { nd.l } else { nd.r };
        }
        false
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    fn walk(&self, t: u32, lo: i64, hi: i64, out: &mut Option<&mut Vec<i64>>, cnt: &mut usize) {
        if t == NIL {
            return;
        }
        let nd = self.pool[t as usize];
        if lo < nd.key {
            self.walk(nd.l, lo, hi, out, cnt);
        }
        if lo <= nd.key && nd.key <= hi {
            *cnt += 1;
            if let Some(v) = out.as_deref_mut() {
                v.push(nd.key);
            }
        }
        if nd.key < hi {
            self.walk(nd.r, lo, hi, out, cnt);
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut cnt = 0;
        self.walk(self.root, lo, hi, &mut None, &mut cnt);
        cnt
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut v = Vec::new();
        if lo > hi {
            return v;
        }
        let mut cnt = 0;
        self.walk(self.root, lo, hi, &mut Some(&mut v), &mut cnt);
        v
    }
}
