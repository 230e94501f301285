// learner: slow
// idiom: Mathematica / Wolfram Language user: the ring as a sorted list of {position, node} pairs, SortBy after every join, SelectFirst[#[[1]] >= h &] for lookups
// why: misses node_for O(len + log n): the lookup scans the list linearly, O(n); add_node re-sorts the whole ring, O(n log n) instead of O(v log n)

/// FNV-1a over the UTF-8 bytes, then MurmurHash3's fmix64.
pub fn hash64(s: &str) -> u64 {
    let fnv = s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    let a = (fnv ^ (fnv >> 33)).wrapping_mul(0xff51afd7ed558ccd);
    let b = (a ^ (a >> 33)).wrapping_mul(0xc4ceb9fe1a85ec53);
    b ^ (b >> 33)
}

pub struct Ring {
    vnodes: u32,
    ring: Vec<(u64, String)>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts as 1).
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: Vec::new() }
    }

    fn has(&self, node: &str) -> bool {
        self.ring.iter().any(|(_, n)| n == node)
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        if self.has(node) {
            return false;
        }
        for i in 0..self.vnodes {
            self.ring.push((hash64(&format!("{node}#{i}")), node.to_string()));
        }
        self.ring.sort();
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.has(node) {
            return false;
        }
        self.ring.retain(|(_, n)| n != node);
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.ring.iter().map(|(_, n)| n.as_str()).collect();
        all.sort();
        all.dedup();
        all
    }

    /// The owner of the first virtual node at or after `hash64(key)`, wrapping round.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .iter()
            .find(|(t, _)| *t >= h)
            .or(self.ring.first())
            .map(|(_, n)| n.as_str())
    }

    /// The first `count` distinct nodes clockwise from the key.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let start = self.ring.iter().position(|(t, _)| *t >= h).unwrap_or(0);
        let mut out: Vec<&str> = Vec::new();
        for k in 0..self.ring.len() {
            if out.len() == count {
                break;
            }
            let n = self.ring[(start + k) % self.ring.len()].1.as_str();
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }
}
