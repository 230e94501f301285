// learner: optimal
// idiom: Rc<str> shared between token map and name set, iterator folds for hashing, HashSet for distinct replicas, early returns
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

const OFFSET: u64 = 0xcbf29ce484222325;
const PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let h = s.bytes().fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    [0xff51afd7ed558ccd_u64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(h ^ (h >> 33), |h, &m| {
            let h = h.wrapping_mul(m);
            h ^ (h >> 33)
        })
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, Rc<str>>,
    names: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { vnodes: vnodes.max(1), ring: BTreeMap::new(), names: BTreeSet::new() }
    }

    fn token_positions(&self, node: &str) -> impl Iterator<Item = u64> + '_ {
        let node = node.to_owned();
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        let positions: Vec<u64> = self.token_positions(node).collect();
        for p in positions {
            self.ring.insert(p, Rc::clone(&name));
        }
        self.names.insert(name);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let p = hash64(&format!("{node}#{i}"));
            if matches!(self.ring.get(&p), Some(owner) if &**owner == node) {
                self.ring.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.ring.is_empty() {
            return None;
        }
        let h = hash64(key);
        if let Some((_, owner)) = self.ring.range(h..).next() {
            return Some(owner);
        }
        self.ring.values().next().map(|o| &**o)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen: HashSet<&str> = HashSet::new();
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, o)| &**o)
            .filter(|o| seen.insert(*o))
            .take(count)
            .collect()
    }
}
