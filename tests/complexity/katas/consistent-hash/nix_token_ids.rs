// learner: optimal
// idiom: Nix: node names interned as small ids (`listToAttrs` name -> id, plus id -> name), the ring maps token -> id; the wrap-round is `lib.optional` style `range(h..).chain(range(..h))`
// why: node_for: O(len) hash + O(log n) range + O(1) id lookup; add/remove: v tokens at O(len + log n) each, ids reused from a free list (O(1))

use std::collections::{BTreeMap, HashMap};

pub fn hash64(s: &str) -> u64 {
    const BASIS: u64 = 0xcbf29ce484222325;
    const PRIME: u64 = 0x100000001b3;
    let mut h = BASIS;
    for b in s.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    let mix = [0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53];
    for m in mix {
        h ^= h >> 33;
        h = h.wrapping_mul(m);
    }
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, usize>,
    id_of: HashMap<String, usize>,
    name_of: Vec<Option<String>>,
    free_ids: Vec<usize>,
    sorted_names: BTreeMap<String, ()>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: vnodes.max(1),
            ring: BTreeMap::new(),
            id_of: HashMap::new(),
            name_of: Vec::new(),
            free_ids: Vec::new(),
            sorted_names: BTreeMap::new(),
        }
    }

    fn token(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.id_of.contains_key(node) {
            return false;
        }
        let id = match self.free_ids.pop() {
            Some(id) => {
                self.name_of[id] = Some(node.to_string());
                id
            }
            None => {
                self.name_of.push(Some(node.to_string()));
                self.name_of.len() - 1
            }
        };
        self.id_of.insert(node.to_string(), id);
        self.sorted_names.insert(node.to_string(), ());
        for i in 0..self.vnodes {
            self.ring.entry(Self::token(node, i)).or_insert(id);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(id) = self.id_of.remove(node) else { return false };
        for i in 0..self.vnodes {
            let t = Self::token(node, i);
            if self.ring.get(&t) == Some(&id) {
                self.ring.remove(&t);
            }
        }
        self.name_of[id] = None;
        self.free_ids.push(id);
        self.sorted_names.remove(node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.sorted_names.keys().map(|s| s.as_str()).collect()
    }

    fn name(&self, id: usize) -> &str {
        self.name_of[id].as_deref().expect("live id")
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let (_, &id) = self.ring.range(h..).next().or_else(|| self.ring.iter().next())?;
        Some(self.name(id))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.id_of.len());
        let mut ids: Vec<usize> = Vec::new();
        for (_, &id) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if ids.len() == want {
                break;
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids.into_iter().map(|id| self.name(id)).collect()
    }
}
