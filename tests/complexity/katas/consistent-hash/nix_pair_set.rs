// learner: optimal
// idiom: Nix: the ring is a sorted set of `{ pos; node; }` pairs (BTreeSet<(u64, Rc<str>)>), like `builtins.sort` once and then kept sorted by the set itself; names are shared Rc<str>
// why: the successor query is `range((h, "")..)`: O(log n) after the O(len) hash; add/remove insert/delete v pairs at O(len + log n) each

use std::collections::BTreeSet;
use std::ops::Bound::{Excluded, Included, Unbounded};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for byte in s.as_bytes() {
        h ^= *byte as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    per_node: u32,
    points: BTreeSet<(u64, Rc<str>)>,
    names: BTreeSet<Rc<str>>,
}

fn empty_name() -> Rc<str> {
    Rc::from("")
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { per_node: if vnodes == 0 { 1 } else { vnodes }, points: BTreeSet::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        for i in 0..self.per_node {
            self.points.insert((hash64(&format!("{node}#{i}")), Rc::clone(&name)));
        }
        self.names.insert(name);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(name) = self.names.take(node) else { return false };
        for i in 0..self.per_node {
            self.points.remove(&(hash64(&format!("{node}#{i}")), Rc::clone(&name)));
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let from = (hash64(key), empty_name());
        self.points
            .range((Included(&from), Unbounded))
            .next()
            .or_else(|| self.points.first())
            .map(|(_, n)| &**n)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let from = (hash64(key), empty_name());
        let clockwise = self
            .points
            .range((Included(&from), Unbounded))
            .chain(self.points.range((Unbounded, Excluded(&from))));
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut out = Vec::new();
        for (_, n) in clockwise {
            if out.len() >= count.min(self.names.len()) {
                break;
            }
            if seen.insert(&**n) {
                out.push(&**n);
            }
        }
        out
    }
}
