// learner: slow
// why: Ring::add_node is O(n) time, target O(v len + v log n): sorted Vec of token records, every Vec::insert/remove shifts the tail of the ring
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// A deterministic 64-bit hash of a string: 64-bit FNV-1a over its UTF-8
/// bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3; per byte:
/// xor, then wrapping multiply), followed by MurmurHash3's `fmix64`
/// finaliser: `h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33;
/// h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33` (wrapping multiplications).
pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = OFFSET_BASIS;
    let mut i: usize = 0;
    while i < bytes.len() {
        h ^= u64::from(bytes[i]);
        h = h.wrapping_mul(PRIME);
        i += 1;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// One virtual node on the circle.
struct Token {
    position: u64,
    owner: String,
}

pub struct Ring {
    vnodes: u32,
    /// Invariant: sorted by `position`, strictly increasing.
    tokens: Vec<Token>,
    /// Invariant: sorted, no duplicates.
    members: Vec<String>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts
    /// as 1). Virtual node `i` of node `n` sits at `hash64(&format!("{n}#{i}"))`.
    pub fn new(vnodes: u32) -> Self {
        let v = if vnodes == 0 { 1 } else { vnodes };
        Ring { vnodes: v, tokens: Vec::new(), members: Vec::new() }
    }

    fn slot_of(&self, position: u64) -> usize {
        self.tokens.partition_point(|t| t.position < position)
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        let m = match self.members.binary_search_by(|n| n.as_str().cmp(node)) {
            Ok(_) => return false,
            Err(m) => m,
        };
        self.members.insert(m, node.to_owned());
        let mut i: u32 = 0;
        while i < self.vnodes {
            let position = hash64(&format!("{node}#{i}"));
            let at = self.slot_of(position);
            let taken = at < self.tokens.len() && self.tokens[at].position == position;
            if !taken {
                self.tokens.insert(at, Token { position, owner: node.to_owned() });
            }
            i += 1;
        }
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        let m = match self.members.binary_search_by(|n| n.as_str().cmp(node)) {
            Ok(m) => m,
            Err(_) => return false,
        };
        self.members.remove(m);
        let mut i: u32 = 0;
        while i < self.vnodes {
            let position = hash64(&format!("{node}#{i}"));
            let at = self.slot_of(position);
            if at < self.tokens.len()
                && self.tokens[at].position == position
                && self.tokens[at].owner == node
            {
                self.tokens.remove(at);
            }
            i += 1;
        }
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|k| k.as_str()).collect()
    }

    /// The node owning `key`: the owner of the first virtual node at or
    /// after `hash64(key)`, wrapping round to the smallest position.
    /// None on an empty ring.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.tokens.is_empty() {
            return None;
        }
        let at = self.slot_of(hash64(key));
        let at = if at == self.tokens.len() { 0 } else { at };
        Some(self.tokens[at].owner.as_str())
    }

    /// The first `count` distinct nodes met walking clockwise from the key's
    /// position (its replica set, owner first); fewer if the ring has fewer
    /// nodes.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let limit = count.min(self.members.len());
        let mut picked: Vec<&str> = Vec::new();
        if limit == 0 {
            return picked;
        }
        let start = self.slot_of(hash64(key));
        let total = self.tokens.len();
        let mut step: usize = 0;
        while step < total && picked.len() < limit {
            let owner = self.tokens[(start + step) % total].owner.as_str();
            if !picked.contains(&owner) {
                picked.push(owner);
            }
            step += 1;
        }
        picked
    }
}
