// learner: optimal
// idiom: Tcl-ish: token->node BTreeMap plus a node BTreeSet, helper procs for the vnode key, while loops with manual counters
use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

// helper proc: where virtual node `i` of `node` sits
fn vnode_pos(node: &str, i: u32) -> u64 {
    hash64(&format!("{node}#{i}"))
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut v = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { vnodes: v, tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_string());
        let mut i = 0;
        while i < self.vnodes {
            self.tokens.insert(vnode_pos(node, i), node.to_string());
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        let mut i = 0;
        while i < self.vnodes {
            let pos = vnode_pos(node, i);
            if self.tokens.get(&pos).map(|s| s.as_str()) == Some(node) {
                self.tokens.remove(&pos);
            }
            i += 1;
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for n in &self.members {
            out.push(n.as_str());
        }
        out
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let hit = match self.tokens.range(h..).next() {
            Some(entry) => Some(entry),
            None => self.tokens.iter().next(),
        };
        hit.map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let mut out: Vec<&str> = Vec::new();
        if want == 0 {
            return out;
        }
        let h = hash64(key);
        for (_, n) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if !out.contains(&n.as_str()) {
                out.push(n.as_str());
                if out.len() == want {
                    break;
                }
            }
        }
        out
    }
}
