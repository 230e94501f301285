// learner: optimal
// idiom: data-engineer: HashMap node->its tokens (dict), BTreeMap ring, fold for the hash, iterator chains with a HashSet for replicas
use std::collections::{BTreeMap, HashMap, HashSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let h = s.bytes().fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
    let h = [0xff51afd7ed558ccd_u64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(h, |h, &m| (h ^ (h >> 33)).wrapping_mul(m));
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, String>,
    owned: HashMap<String, Vec<u64>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), owned: HashMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.owned.contains_key(node) {
            return false;
        }
        let tokens: Vec<u64> = (0..self.vnodes).map(|i| hash64(&format!("{node}#{i}"))).collect();
        tokens.iter().for_each(|&t| {
            self.ring.insert(t, node.to_owned());
        });
        self.owned.insert(node.to_owned(), tokens);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(tokens) = self.owned.remove(node) else { return false };
        for t in tokens {
            if self.ring.get(&t).map_or(false, |o| o == node) {
                self.ring.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.owned.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, n)| n.as_str())
            .next()
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.owned.len());
        let mut seen: HashSet<&str> = HashSet::new();
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, n)| n.as_str())
            .filter(|n| seen.insert(n))
            .take(want)
            .collect()
    }
}
