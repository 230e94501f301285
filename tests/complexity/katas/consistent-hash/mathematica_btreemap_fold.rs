// learner: optimal
// idiom: Mathematica / Wolfram Language user: hash64 as a Fold over the bytes and over the finaliser's multipliers, BTreeMap<u64, String> ring, range(h..) successor query
// why: node_for = hash O(len) + one BTreeMap range lookup O(log n); add/remove = v hashes + v tree inserts/removes, O(v len + v log n); hash64 is two O(len)/O(1) folds

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;
const FMIX: [u64; 2] = [0xff51afd7ed558ccd, 0xc4ceb9fe1a85ec53];

/// FNV-1a over the UTF-8 bytes, then MurmurHash3's fmix64.
pub fn hash64(s: &str) -> u64 {
    // Fold[BitXor[#1, #2] * prime &, offset, bytes]
    let fnv = s.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    // Fold[(BitXor[#1, #1 >> 33] * #2) &, fnv, {m1, m2}], then one more xor-shift
    let mixed = FMIX.iter().fold(fnv, |h, &m| (h ^ (h >> 33)).wrapping_mul(m));
    mixed ^ (mixed >> 33)
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts as 1).
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    fn positions<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        let fresh: Vec<u64> = self.positions(node).collect();
        fresh.into_iter().for_each(|t| {
            self.tokens.insert(t, node.to_string());
        });
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            if self.tokens.get(&t).is_some_and(|owner| owner == node) {
                self.tokens.remove(&t);
            }
        }
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    /// The owner of the first virtual node at or after `hash64(key)`, wrapping round.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.tokens
            .range(h..)
            .next()
            .or_else(|| self.tokens.iter().next())
            .map(|(_, n)| n.as_str())
    }

    /// The first `count` distinct nodes clockwise from the key.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.members.len());
        let clockwise = self.tokens.range(h..).chain(self.tokens.range(..h));
        let mut picked: Vec<&str> = Vec::with_capacity(want);
        for (_, n) in clockwise {
            if picked.len() == want {
                break;
            }
            if !picked.contains(&n.as_str()) {
                picked.push(n.as_str());
            }
        }
        picked
    }
}
