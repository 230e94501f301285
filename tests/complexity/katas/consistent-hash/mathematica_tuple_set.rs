// learner: optimal
// idiom: Mathematica / Wolfram Language user: the ring is a set of {position, node} pairs (like a sorted list of rules) in a BTreeSet<(u64, String)>, nested helper functions for hashing
// why: node_for = hash O(len) + a BTreeSet range lookup O(log n) (O(1) extra: the probe key is an empty String); add/remove = v hashes + v set ops, O(v len + v log n)

use std::collections::BTreeSet;

/// FNV-1a over the UTF-8 bytes, then MurmurHash3's fmix64.
pub fn hash64(s: &str) -> u64 {
    fn fnv1a(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf29ce484222325, |h: u64, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
    }
    fn xor_shift(h: u64) -> u64 {
        h ^ (h >> 33)
    }
    fn fmix64(h: u64) -> u64 {
        xor_shift(xor_shift(xor_shift(h).wrapping_mul(0xff51afd7ed558ccd)).wrapping_mul(0xc4ceb9fe1a85ec53))
    }
    fmix64(fnv1a(s.as_bytes()))
}

pub struct Ring {
    vnodes: u32,
    points: BTreeSet<(u64, String)>,
    members: BTreeSet<String>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts as 1).
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: if vnodes == 0 { 1 } else { vnodes }, points: BTreeSet::new(), members: BTreeSet::new() }
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        match self.members.contains(node) {
            true => false,
            false => {
                self.members.insert(node.to_owned());
                let vnodes = self.vnodes;
                self.points.extend((0..vnodes).map(|i| (hash64(&format!("{node}#{i}")), node.to_owned())));
                true
            }
        }
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            false => false,
            true => {
                // one probe pair, re-used for every virtual node
                let mut probe = (0u64, node.to_owned());
                for i in 0..self.vnodes {
                    probe.0 = hash64(&format!("{node}#{i}"));
                    self.points.remove(&probe);
                }
                true
            }
        }
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    /// The owner of the first virtual node at or after `hash64(key)`, wrapping round.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let from = (hash64(key), String::new()); // "" sorts before every name
        self.points
            .range(from..)
            .next()
            .or_else(|| self.points.first())
            .map(|(_, n)| n.as_str())
    }

    /// The first `count` distinct nodes clockwise from the key.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let from = (hash64(key), String::new());
        let want = count.min(self.members.len());
        let walk = self.points.range(from.clone()..).chain(self.points.range(..from));
        walk.map(|(_, n)| n.as_str()).fold(Vec::with_capacity(want), |mut acc, n| {
            if acc.len() < want && !acc.contains(&n) {
                acc.push(n);
            }
            acc
        })
    }
}
