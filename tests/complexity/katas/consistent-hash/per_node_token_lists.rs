// learner: optimal
// idiom: remembers each node's tokens in a HashMap<String, Vec<u64>> so removal needs no rehash; for-loops, if-heavy
use std::collections::{BTreeMap, HashMap};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(FNV_PRIME);
    }
    for (shift_mul, last) in [(0xff51afd7ed558ccdu64, false), (0xc4ceb9fe1a85ec53, true)] {
        h ^= h >> 33;
        h = h.wrapping_mul(shift_mul);
        if last {
            h ^= h >> 33;
        }
    }
    h
}

pub struct Ring {
    per_node: u32,
    owner_of: BTreeMap<u64, String>,
    tokens_of: HashMap<String, Vec<u64>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { per_node: if vnodes == 0 { 1 } else { vnodes }, owner_of: BTreeMap::new(), tokens_of: HashMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.tokens_of.contains_key(node) {
            return false;
        }
        let mut mine = Vec::with_capacity(self.per_node as usize);
        for i in 0..self.per_node {
            let t = hash64(&format!("{}#{}", node, i));
            self.owner_of.insert(t, node.to_string());
            mine.push(t);
        }
        self.tokens_of.insert(node.to_string(), mine);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let mine = match self.tokens_of.remove(node) {
            Some(v) => v,
            None => return false,
        };
        for t in mine {
            let belongs = match self.owner_of.get(&t) {
                Some(owner) => owner == node,
                None => false,
            };
            if belongs {
                self.owner_of.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.tokens_of.keys().map(|k| k.as_str()).collect();
        v.sort_unstable();
        v
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.owner_of.is_empty() {
            return None;
        }
        let h = hash64(key);
        if let Some((_, n)) = self.owner_of.range(h..).next() {
            return Some(n);
        }
        if let Some((_, n)) = self.owner_of.iter().next() {
            return Some(n);
        }
        None
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let limit = if count < self.tokens_of.len() { count } else { self.tokens_of.len() };
        let mut picked: Vec<&str> = Vec::new();
        if limit == 0 {
            return picked;
        }
        let h = hash64(key);
        for (_, n) in self.owner_of.range(h..).chain(self.owner_of.range(..h)) {
            if picked.iter().any(|p| *p == n.as_str()) {
                continue;
            }
            picked.push(n);
            if picked.len() >= limit {
                break;
            }
        }
        picked
    }
}
