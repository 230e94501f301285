// learner: optimal
// idiom: Go dev using shared names: BTreeMap<u64, Arc<str>> + HashSet<Arc<str>>, iterator chains, fold for FNV
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

pub fn hash64(s: &str) -> u64 {
    let mut h = s
        .bytes()
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    per_node: u32,
    points: BTreeMap<u64, Arc<str>>,
    names: HashSet<Arc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { per_node: vnodes.max(1), points: BTreeMap::new(), names: HashSet::new() }
    }

    fn point(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let name: Arc<str> = Arc::from(node);
        self.names.insert(Arc::clone(&name));
        (0..self.per_node).for_each(|i| {
            self.points.insert(Self::point(node, i), Arc::clone(&name));
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for i in 0..self.per_node {
            let p = Self::point(node, i);
            if self.points.get(&p).is_some_and(|owner| &**owner == node) {
                self.points.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.names.iter().map(|n| &**n).collect();
        v.sort_unstable();
        v
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.points
            .range(h..)
            .next()
            .or_else(|| self.points.iter().next())
            .map(|(_, n)| &**n)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.names.len());
        let mut seen: HashSet<&str> = HashSet::new();
        self.points
            .range(h..)
            .chain(self.points.range(..h))
            .map(|(_, n)| &**n)
            .filter(|n| seen.insert(*n))
            .take(want)
            .collect()
    }
}
