// learner: optimal
// idiom: hand-rolled skip list in a Vec arena with a fixed-size update array (O(1) extra space), xorshift levels, free list
const MAX_LEVEL: usize = 24;
const NIL: usize = usize::MAX;
const HEAD: usize = 0;

#[derive(Debug)]
struct SkipNode {
    key: i64,
    next: [usize; MAX_LEVEL],
    height: usize,
}

#[derive(Debug)]
pub struct OrderedSet {
    nodes: Vec<SkipNode>,
    free: Vec<usize>,
    level: usize,
    count: usize,
    rng: u64,
}

impl Default for OrderedSet {
    fn default() -> Self {
        Self::new()
    }
}

impl OrderedSet {
    pub fn new() -> Self {
        let head = SkipNode { key: i64::MIN, next: [NIL; MAX_LEVEL], height: MAX_LEVEL };
        OrderedSet { nodes: vec![head], free: Vec::new(), level: 1, count: 0, rng: 0x853c_49e6_748f_ea9b }
    }

    fn random_height(&mut self) -> usize {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        // each extra level with probability 1/2
        let h = (self.rng.trailing_ones() as usize) + 1;
        h.min(MAX_LEVEL)
    }

    /// For every level, the last node whose key is < key (HEAD counts as -infinity).
    fn predecessors(&self, key: i64) -> [usize; MAX_LEVEL] {
        let mut update = [HEAD; MAX_LEVEL];
        let mut x = HEAD;
        let mut lvl = self.level;
        while lvl > 0 {
            lvl -= 1;
            loop {
                let nx = self.nodes[x].next[lvl];
                if nx != NIL && self.nodes[nx].key < key {
                    x = nx;
                } else {
                    break;
                }
            }
            update[lvl] = x;
        }
        update
    }

    fn first_at_least(&self, key: i64) -> usize {
        let pred = self.predecessors(key);
        self.nodes[pred[0]].next[0]
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let update = self.predecessors(key);
        let cand = self.nodes[update[0]].next[0];
        if cand != NIL && self.nodes[cand].key == key {
            return false;
        }
        let h = self.random_height();
        if h > self.level {
            self.level = h; // update[] above old level already holds HEAD
        }
        let node = SkipNode { key, next: [NIL; MAX_LEVEL], height: h };
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
        for l in 0..h {
            self.nodes[idx].next[l] = self.nodes[update[l]].next[l];
            self.nodes[update[l]].next[l] = idx;
        }
        self.count += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let update = self.predecessors(key);
        let target = self.nodes[update[0]].next[0];
        if target == NIL || self.nodes[target].key != key {
            return false;
        }
        for l in 0..self.nodes[target].height {
            if self.nodes[update[l]].next[l] == target {
                self.nodes[update[l]].next[l] = self.nodes[target].next[l];
            }
        }
        self.free.push(target);
        self.count -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let c = self.first_at_least(key);
        c != NIL && self.nodes[c].key == key
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
        let mut n = 0;
        let mut x = self.first_at_least(lo);
        while x != NIL && self.nodes[x].key <= hi {
            n += 1;
            x = self.nodes[x].next[0];
        }
        n
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        if lo > hi {
            return keys;
        }
        let mut x = self.first_at_least(lo);
        while x != NIL && self.nodes[x].key <= hi {
            keys.push(self.nodes[x].key);
            x = self.nodes[x].next[0];
        }
        keys
    }
}
