// learner: optimal
// idiom: Mathematica / Wolfram Language user: an "Association" of name -> id plus a slot table of names, the ring maps token -> small id; hash64 as an explicit Do loop
// why: node_for is hash O(len) + BTreeMap successor O(log n); add/remove do v hash + v BTreeMap ops plus one name-map op, O(v len + v log n)

use std::collections::BTreeMap;

/// FNV-1a over the UTF-8 bytes, then MurmurHash3's fmix64.
pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, usize>,       // token -> node id
    ids: BTreeMap<String, usize>,     // <| name -> id |>
    names: Vec<Option<String>>,       // id -> name (None = free slot)
    free: Vec<usize>,                 // reusable ids
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts as 1).
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), ids: BTreeMap::new(), names: Vec::new(), free: Vec::new() }
    }

    fn token(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    fn name(&self, id: usize) -> &str {
        self.names[id].as_deref().expect("live id")
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        if self.ids.contains_key(node) {
            return false;
        }
        let id = match self.free.pop() {
            Some(id) => {
                self.names[id] = Some(node.to_string());
                id
            }
            None => {
                self.names.push(Some(node.to_string()));
                self.names.len() - 1
            }
        };
        self.ids.insert(node.to_string(), id);
        for i in 0..self.vnodes {
            self.ring.insert(Self::token(node, i), id);
        }
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(id) = self.ids.remove(node) else {
            return false;
        };
        for i in 0..self.vnodes {
            let t = Self::token(node, i);
            if self.ring.get(&t) == Some(&id) {
                self.ring.remove(&t);
            }
        }
        self.names[id] = None;
        self.free.push(id);
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.ids.keys().map(|k| k.as_str()).collect()
    }

    /// The owner of the first virtual node at or after `hash64(key)`, wrapping round.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let hit = match self.ring.range(h..).next() {
            Some((_, &id)) => Some(id),
            None => self.ring.values().next().copied(),
        };
        hit.map(|id| self.name(id))
    }

    /// The first `count` distinct nodes clockwise from the key.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.ids.len());
        let mut seen = vec![false; self.names.len()];
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .filter_map(|(_, &id)| (!std::mem::replace(&mut seen[id], true)).then_some(id))
            .take(want)
            .map(|id| self.name(id))
            .collect()
    }
}
