// learner: optimal
// idiom: senior: hand-rolled skip list in a Vec arena (u32 links, const MAX_LEVEL, free list, xorshift levels) with a private Walk iterator type
//! An ordered set with range queries: see README.md.

/// Tallest tower a node may get; 2^24 keys comfortably exceeds the 10^6 in the constraints.
const MAX_LEVEL: usize = 24;
/// "No node" marker for links.
const NIL: u32 = u32::MAX;
/// The head sentinel always lives in slot 0.
const HEAD: u32 = 0;

#[derive(Debug, Clone)]
struct Node {
    key: i64,
    next: [u32; MAX_LEVEL],
}

impl Node {
    fn new(key: i64) -> Self {
        Node { key, next: [NIL; MAX_LEVEL] }
    }
}

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug)]
pub struct OrderedSet {
    nodes: Vec<Node>,
    free: Vec<u32>,
    level: usize,
    len: usize,
    seed: u64,
}

impl Default for OrderedSet {
    fn default() -> Self {
        Self::new()
    }
}

/// Walks level 0 from a node until a key exceeds `hi`.
struct Walk<'a> {
    nodes: &'a [Node],
    at: u32,
    hi: i64,
}

impl Iterator for Walk<'_> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if self.at == NIL {
            return None;
        }
        let node = &self.nodes[self.at as usize];
        if node.key > self.hi {
            self.at = NIL;
            return None;
        }
        self.at = node.next[0];
        Some(node.key)
    }
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet {
            nodes: vec![Node::new(i64::MIN)],
            free: Vec::new(),
            level: 1,
            len: 0,
            seed: 0x9E37_79B9_7F4A_7C15,
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut update = [HEAD; MAX_LEVEL];
        let pred = self.predecessors(key, &mut update);
        let cand = self.nodes[pred as usize].next[0];
        if cand != NIL && self.nodes[cand as usize].key == key {
            return false;
        }
        let height = self.tower_height();
        if height > self.level {
            self.level = height; // update[] already holds HEAD for the new levels
        }
        let id = self.alloc(key);
        for (lvl, &before) in update.iter().enumerate().take(height) {
            let follow = self.nodes[before as usize].next[lvl];
            self.nodes[id as usize].next[lvl] = follow;
            self.nodes[before as usize].next[lvl] = id;
        }
        self.len += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut update = [HEAD; MAX_LEVEL];
        let pred = self.predecessors(key, &mut update);
        let victim = self.nodes[pred as usize].next[0];
        if victim == NIL || self.nodes[victim as usize].key != key {
            return false;
        }
        for (lvl, &before) in update.iter().enumerate().take(self.level) {
            if self.nodes[before as usize].next[lvl] != victim {
                break;
            }
            self.nodes[before as usize].next[lvl] = self.nodes[victim as usize].next[lvl];
        }
        self.free.push(victim);
        while self.level > 1 && self.nodes[HEAD as usize].next[self.level - 1] == NIL {
            self.level -= 1;
        }
        self.len -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let first = self.first_at_least(key);
        first != NIL && self.nodes[first as usize].key == key
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.walk(lo, hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.walk(lo, hi).collect()
    }

    fn walk(&self, lo: i64, hi: i64) -> Walk<'_> {
        let at = if lo > hi { NIL } else { self.first_at_least(lo) };
        Walk { nodes: &self.nodes, at, hi }
    }

    /// The last node with key < `key` at every level (filled into `update`); returns the level-0 one.
    fn predecessors(&self, key: i64, update: &mut [u32; MAX_LEVEL]) -> u32 {
        let mut x = HEAD;
        for lvl in (0..self.level).rev() {
            loop {
                let nxt = self.nodes[x as usize].next[lvl];
                if nxt != NIL && self.nodes[nxt as usize].key < key {
                    x = nxt;
                } else {
                    break;
                }
            }
            update[lvl] = x;
        }
        x
    }

    fn first_at_least(&self, key: i64) -> u32 {
        let mut x = HEAD;
        for lvl in (0..self.level).rev() {
            loop {
                let nxt = self.nodes[x as usize].next[lvl];
                if nxt != NIL && self.nodes[nxt as usize].key < key {
                    x = nxt;
                } else {
                    break;
                }
            }
        }
        self.nodes[x as usize].next[0]
    }

    fn tower_height(&mut self) -> usize {
        // xorshift64*: deterministic, good enough for coin flips
        self.seed ^= self.seed >> 12;
        self.seed ^= self.seed << 25;
        self.seed ^= self.seed >> 27;
        let bits = self.seed.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (bits.trailing_ones() as usize + 1).min(MAX_LEVEL)
    }

    fn alloc(&mut self, key: i64) -> u32 {
        match self.free.pop() {
            Some(id) => {
                self.nodes[id as usize] = Node::new(key);
                id
            }
            None => {
                self.nodes.push(Node::new(key));
                (self.nodes.len() - 1) as u32
            }
        }
    }
}
