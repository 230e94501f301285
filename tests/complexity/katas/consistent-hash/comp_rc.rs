// learner: optimal
// idiom: competitive: terse names, fold hash, BTreeMap<u64, Rc<str>> tokens + BTreeSet<Rc<str>>, range(h..).next().or_else(|| iter().next()), replicas with a small Vec + contains capped at count
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let mut h = s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    v: u32,
    t: BTreeMap<u64, Rc<str>>,
    ns: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { v: vnodes.max(1), t: BTreeMap::new(), ns: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.ns.contains(node) {
            return false;
        }
        let rc: Rc<str> = node.into();
        for i in 0..self.v {
            self.t.insert(hash64(&format!("{node}#{i}")), rc.clone());
        }
        self.ns.insert(rc);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.ns.remove(node) {
            return false;
        }
        for i in 0..self.v {
            let p = hash64(&format!("{node}#{i}"));
            if self.t.get(&p).map_or(false, |o| &**o == node) {
                self.t.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.ns.iter().map(|s| &**s).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.t.range(h..).next().or_else(|| self.t.iter().next()).map(|(_, o)| &**o)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let k = count.min(self.ns.len());
        let h = hash64(key);
        let mut r: Vec<&str> = Vec::with_capacity(k);
        for (_, o) in self.t.range(h..).chain(self.t.range(..h)) {
            if r.len() == k {
                break;
            }
            if !r.contains(&&**o) {
                r.push(o);
            }
        }
        r
    }
}
