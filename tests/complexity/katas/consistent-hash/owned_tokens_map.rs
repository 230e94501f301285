// learner: optimal
// idiom: HashMap node -> Vec of its own tokens (remove needs no re-hashing), fold-based hashing, if-let/else early returns, names sorted only in nodes()
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.
use std::collections::{BTreeMap, HashMap, HashSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let h = s.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xff51afd7ed558ccd);
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    per_node: u32,
    tokens: BTreeMap<u64, String>,
    owned: HashMap<String, Vec<u64>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let per_node = if vnodes == 0 { 1 } else { vnodes };
        Ring { per_node, tokens: BTreeMap::new(), owned: HashMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.owned.contains_key(node) {
            return false;
        }
        let mut mine = Vec::with_capacity(self.per_node as usize);
        for i in 0..self.per_node {
            let pos = hash64(&format!("{node}#{i}"));
            if self.tokens.contains_key(&pos) {
                continue;
            }
            self.tokens.insert(pos, node.to_string());
            mine.push(pos);
        }
        self.owned.insert(node.to_string(), mine);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(mine) = self.owned.remove(node) else {
            return false;
        };
        for pos in mine {
            self.tokens.remove(&pos);
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.owned.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        if let Some((_, owner)) = self.tokens.range(h..).next() {
            return Some(owner.as_str());
        }
        if let Some((_, owner)) = self.tokens.first_key_value() {
            return Some(owner.as_str());
        }
        None
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out = Vec::new();
        let wrapped = self.tokens.range(h..).chain(self.tokens.range(..h));
        for (_, owner) in wrapped {
            if out.len() >= count {
                break;
            }
            if seen.insert(owner.as_str()) {
                out.push(owner.as_str());
            }
        }
        out
    }
}
