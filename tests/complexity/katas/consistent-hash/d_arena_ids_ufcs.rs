// learner: optimal
// idiom: D-style: hash64 as a fold over the byte slice, tokens map to small node ids in an arena, name->id BTreeMap, UFCS-ish chains
use std::collections::{BTreeMap, HashSet};

pub fn hash64(s: &str) -> u64 {
    let fmix = |mut h: u64| {
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51afd7ed558ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
        h ^ (h >> 33)
    };
    fmix(s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3)))
}

pub struct Ring {
    vnodes: u32,
    names: Vec<String>,          // arena: id -> name (slots are reused)
    free: Vec<usize>,
    ids: BTreeMap<String, usize>, // name -> id, ordered for nodes()
    ring: BTreeMap<u64, usize>,   // token -> id
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), names: vec![], free: vec![], ids: BTreeMap::new(), ring: BTreeMap::new() }
    }

    fn positions<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.ids.contains_key(node) {
            return false;
        }
        let id = match self.free.pop() {
            Some(slot) => {
                self.names[slot] = node.to_owned();
                slot
            }
            None => {
                self.names.push(node.to_owned());
                self.names.len() - 1
            }
        };
        self.ids.insert(node.to_owned(), id);
        let toks: Vec<u64> = self.positions(node).collect();
        toks.into_iter().for_each(|t| {
            self.ring.insert(t, id);
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(id) = self.ids.remove(node) else { return false };
        for t in (0..self.vnodes).map(|i| hash64(&format!("{node}#{i}"))) {
            if self.ring.get(&t) == Some(&id) {
                self.ring.remove(&t);
            }
        }
        self.free.push(id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.ids.keys().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.first_key_value())
            .map(|(_, &id)| self.names[id].as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen = HashSet::new();
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .filter(|(_, &id)| seen.insert(id))
            .take(count.min(self.ids.len()))
            .map(|(_, &id)| self.names[id].as_str())
            .collect()
    }
}
