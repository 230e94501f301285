// learner: optimal
// idiom: BTreeMap<u64, Rc<str>> shares one name per node; vnode tokens computed by a helper iterator (`tokens(node, v)`) and the lookup written as a `match` on `range(h..).next()`
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    const OFFSET: u64 = 0xcbf29ce484222325;
    const PRIME: u64 = 0x100000001b3;
    let mut h = OFFSET;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        h ^= u64::from(bytes[i]);
        h = h.wrapping_mul(PRIME);
        i += 1;
    }
    fmix64(h)
}

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

fn tokens(node: &str, vnodes: u32) -> impl Iterator<Item = u64> + '_ {
    (0..vnodes).map(move |i| hash64(&format!("{node}#{i}")))
}

pub struct Ring {
    vnodes: u32,
    positions: BTreeMap<u64, Rc<str>>,
    nodes: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), positions: BTreeMap::new(), nodes: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.nodes.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        self.nodes.insert(Rc::clone(&name));
        for t in tokens(node, self.vnodes) {
            self.positions.entry(t).or_insert_with(|| Rc::clone(&name));
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.nodes.remove(node) {
            return false;
        }
        for t in tokens(node, self.vnodes) {
            if let Some(owner) = self.positions.get(&t) {
                if &**owner == node {
                    self.positions.remove(&t);
                }
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.nodes.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let hit = match self.positions.range(h..).next() {
            Some(hit) => hit,
            None => self.positions.iter().next()?,
        };
        Some(&**hit.1)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.nodes.len());
        let h = hash64(key);
        let mut out: Vec<&str> = Vec::new();
        for (_, n) in self.positions.range(h..).chain(self.positions.range(..h)) {
            if out.len() >= want {
                break;
            }
            if !out.contains(&&**n) {
                out.push(n);
            }
        }
        out
    }
}
