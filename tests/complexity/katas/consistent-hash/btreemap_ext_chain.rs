// learner: optimal
// idiom: Kotlin-style: BTreeMap<u64, String> + BTreeSet<String>, extension trait for vnode labels, iterator chains with find_map/or_else
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet, HashSet};

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    [0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(fnv ^ (fnv >> 33), |h, &m| {
            let x = h.wrapping_mul(m);
            x ^ (x >> 33)
        })
}

/// Kotlin-ish `fun String.vnode(i: Int) = "$this#$i"`.
trait VnodeLabel {
    fn vnode_token(&self, i: u32) -> u64;
}

impl VnodeLabel for str {
    fn vnode_token(&self, i: u32) -> u64 {
        hash64(&format!("{self}#{i}"))
    }
}

pub struct Ring {
    vnodes: u32,
    owners: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), owners: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_owned()) {
            return false;
        }
        (0..self.vnodes).for_each(|i| {
            self.owners.insert(node.vnode_token(i), node.to_owned());
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let token = node.vnode_token(i);
            if self.owners.get(&token).is_some_and(|owner| owner == node) {
                self.owners.remove(&token);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.owners
            .range(h..)
            .next()
            .or_else(|| self.owners.first_key_value())
            .map(|(_, owner)| owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen = HashSet::new();
        self.owners
            .range(h..)
            .chain(self.owners.range(..h))
            .map(|(_, owner)| owner.as_str())
            .filter(|owner| seen.insert(*owner))
            .take(count)
            .collect()
    }
}
