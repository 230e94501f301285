// learner: optimal
// idiom: Nix: the ring is an ordered "attrset" token -> node (BTreeMap), the vnode tokens come from `genList (i: hash64 "${n}#${toString i}") vnodes`, lookups are `range(h..)` with a wrap-round fallback
// why: node_for hashes the key (O(len)) and does one ordered successor search (O(log n)); add/remove touch v tokens at O(len + log n) each

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(0xcbf29ce484222325u64, |h, byte| (h ^ byte as u64).wrapping_mul(0x100000001b3));
    fmix64(fnv)
}

fn fmix64(h: u64) -> u64 {
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xff51afd7ed558ccd);
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    fn vnode_tokens(&self, node: &str) -> impl Iterator<Item = u64> + '_ {
        let node = node.to_string();
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        let toks: Vec<u64> = self.vnode_tokens(node).collect();
        for t in toks {
            // first owner of a (very unlikely) colliding token keeps it
            self.tokens.entry(t).or_insert_with(|| node.to_string());
        }
        self.members.insert(node.to_string());
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            if self.tokens.get(&t).map(String::as_str) == Some(node) {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.tokens
            .range(h..)
            .next()
            .or_else(|| self.tokens.iter().next())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let h = hash64(key);
        let mut picked: Vec<&str> = Vec::with_capacity(want);
        for (_, n) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
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
