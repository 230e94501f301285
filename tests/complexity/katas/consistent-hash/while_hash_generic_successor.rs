// learner: optimal
// idiom: while-loop byte hashing with a fmix helper, impl Iterator of vnode positions, generic successor helper over BTreeMap<u64, V>, BTreeSet<Box<str>> names
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.
use std::collections::{BTreeMap, BTreeSet};

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    fmix64(h)
}

fn positions(node: &str, vnodes: u32) -> impl Iterator<Item = u64> + '_ {
    (0..vnodes).map(move |i| hash64(&format!("{node}#{i}")))
}

fn successor<V>(map: &BTreeMap<u64, V>, h: u64) -> Option<&V> {
    let after = map.range(h..).next();
    let first = map.iter().next();
    match (after, first) {
        (Some((_, v)), _) => Some(v),
        (None, Some((_, v))) => Some(v),
        (None, None) => None,
    }
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, Box<str>>,
    names: BTreeSet<Box<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        self.names.insert(node.into());
        for p in positions(node, self.vnodes) {
            self.ring.entry(p).or_insert_with(|| node.into());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for p in positions(node, self.vnodes) {
            if self.ring.get(&p).map_or(false, |owner| &**owner == node) {
                self.ring.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|b| &**b).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        successor(&self.ring, hash64(key)).map(|b| &**b)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut out: Vec<&str> = Vec::new();
        let want = count.min(self.names.len());
        for (_, owner) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if out.len() == want {
                break;
            }
            if !out.contains(&&**owner) {
                out.push(owner);
            }
        }
        out
    }
}
