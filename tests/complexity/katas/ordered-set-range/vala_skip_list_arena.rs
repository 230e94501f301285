// learner: optimal
// idiom: vala: hand-rolled skip list (like a levelled GSList) in a Vec arena with a seeded xorshift coin and a free list
// why: search/insert/remove descend the levels in O(log n) expected; a range query finds the first key >= lo in O(log n) and then follows level-0 links over k keys with O(1) extra space (O(k) for the output)
//! An ordered set with range queries: see README.md.

const MAX_LEVEL: usize = 32;
const NIL: usize = usize::MAX;
const HEAD: usize = 0;

#[derive(Debug)]
struct SkipNode {
    key: i64,
    forward: Vec<usize>,
}

#[derive(Debug)]
pub struct OrderedSet {
    nodes: Vec<SkipNode>,
    free_slots: Vec<usize>,
    level: usize,
    length: usize,
    seed: u64,
}

impl Default for OrderedSet {
    fn default() -> Self {
        Self::new()
    }
}

impl OrderedSet {
    pub fn new() -> Self {
        let head = SkipNode { key: i64::MIN, forward: vec![NIL; MAX_LEVEL] };
        OrderedSet { nodes: vec![head], free_slots: Vec::new(), level: 1, length: 0, seed: 0x2545_F491_4F6C_DD1D }
    }

    fn random_level(&mut self) -> usize {
        let mut lvl = 1;
        loop {
            // xorshift64
            self.seed ^= self.seed << 13;
            self.seed ^= self.seed >> 7;
            self.seed ^= self.seed << 17;
            if self.seed & 1 == 0 || lvl >= MAX_LEVEL {
                break;
            }
            lvl += 1;
        }
        lvl
    }

    /// Fills `update[l]` with the last node at level l whose key is < `key`.
    fn find_predecessors(&self, key: i64, update: &mut [usize; MAX_LEVEL]) {
        let mut cur = HEAD;
        let mut l = self.level;
        while l > 0 {
            l -= 1;
            loop {
                let nxt = self.nodes[cur].forward[l];
                if nxt != NIL && self.nodes[nxt].key < key {
                    cur = nxt;
                } else {
                    break;
                }
            }
            update[l] = cur;
        }
    }

    /// First node with key >= `key`, or NIL.
    fn lower_bound(&self, key: i64) -> usize {
        let mut cur = HEAD;
        let mut l = self.level;
        while l > 0 {
            l -= 1;
            while self.nodes[cur].forward[l] != NIL && self.nodes[self.nodes[cur].forward[l]].key < key {
                cur = self.nodes[cur].forward[l];
            }
        }
        self.nodes[cur].forward[0]
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut update = [HEAD; MAX_LEVEL];
        self.find_predecessors(key, &mut update);
        let candidate = self.nodes[update[0]].forward[0];
        if candidate != NIL && self.nodes[candidate].key == key {
            return false;
        }
        let lvl = self.random_level();
        if lvl > self.level {
            for slot in update.iter_mut().take(lvl).skip(self.level) {
                *slot = HEAD;
            }
            self.level = lvl;
        }
        let node = SkipNode { key, forward: vec![NIL; lvl] };
        let idx = match self.free_slots.pop() {
            Some(free) => {
                self.nodes[free] = node;
                free
            }
            None => {
                self.nodes.push(node);
                self.nodes.len() - 1
            }
        };
        for l in 0..lvl {
            let pred = update[l];
            self.nodes[idx].forward[l] = self.nodes[pred].forward[l];
            self.nodes[pred].forward[l] = idx;
        }
        self.length += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut update = [HEAD; MAX_LEVEL];
        self.find_predecessors(key, &mut update);
        let target = self.nodes[update[0]].forward[0];
        if target == NIL || self.nodes[target].key != key {
            return false;
        }
        let height = self.nodes[target].forward.len();
        for l in 0..height {
            let pred = update[l];
            if self.nodes[pred].forward[l] == target {
                self.nodes[pred].forward[l] = self.nodes[target].forward[l];
            }
        }
        while self.level > 1 && self.nodes[HEAD].forward[self.level - 1] == NIL {
            self.level -= 1;
        }
        self.nodes[target].forward = Vec::new();
        self.free_slots.push(target);
        self.length -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let node = self.lower_bound(key);
        node != NIL && self.nodes[node].key == key
    }

    pub fn len(&self) -> usize {
        self.length
    }

    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut count = 0;
        let mut cur = self.lower_bound(lo);
        while cur != NIL && self.nodes[cur].key <= hi {
            count += 1;
            cur = self.nodes[cur].forward[0];
        }
        count
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        if lo > hi {
            return keys;
        }
        let mut cur = self.lower_bound(lo);
        while cur != NIL {
            let k = self.nodes[cur].key;
            if k > hi {
                break;
            }
            keys.push(k);
            cur = self.nodes[cur].forward[0];
        }
        keys
    }
}
