// learner: optimal
// idiom: Erlang veteran: owners as shared Arc<str> atoms, per-node token list kept (like a registry ETS table) so leave never rehashes; iterator chains
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

pub fn hash64(s: &str) -> u64 {
    let mut h = s
        .as_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |acc, &b| (acc ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    for (shift, mul) in [(33, 0xff51_afd7_ed55_8ccd_u64), (33, 0xc4ce_b9fe_1a85_ec53)] {
        h ^= h >> shift;
        h = h.wrapping_mul(mul);
    }
    h ^ (h >> 33)
}

pub struct Ring {
    per_node: u32,
    circle: BTreeMap<u64, Arc<str>>,
    registry: HashMap<Arc<str>, Vec<u64>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { per_node: vnodes.max(1), circle: BTreeMap::new(), registry: HashMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.registry.contains_key(node) {
            return false;
        }
        let atom: Arc<str> = Arc::from(node);
        let placed: Vec<u64> = (0..self.per_node)
            .map(|i| hash64(&format!("{node}#{i}")))
            .inspect(|&pos| {
                self.circle.insert(pos, Arc::clone(&atom));
            })
            .collect();
        self.registry.insert(atom, placed);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some((atom, placed)) = self.registry.remove_entry(node) else {
            return false;
        };
        for pos in placed {
            if self.circle.get(&pos).is_some_and(|owner| Arc::ptr_eq(owner, &atom)) {
                self.circle.remove(&pos);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.registry.keys().map(|a| &**a).collect();
        all.sort_unstable();
        all
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.circle.range(h..).chain(self.circle.range(..h)).next().map(|(_, owner)| &**owner)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen: HashSet<&str> = HashSet::new();
        self.circle
            .range(h..)
            .chain(self.circle.range(..h))
            .map(|(_, owner)| &**owner)
            .filter(|o| seen.insert(*o))
            .take(count.min(self.registry.len()))
            .collect()
    }
}
