// learner: optimal
// idiom: Gleam developer: a record per member holding its own token list (so leaving never re-hashes), the ring is BTreeMap<token, Rc<str>>; lookups use first_key_value for the wrap-around
use std::collections::BTreeMap;
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let h = s
        .as_bytes()
        .iter()
        .fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    let mixed = [0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(h, |h, &m| (h ^ (h >> 33)).wrapping_mul(m));
    mixed ^ (mixed >> 33)
}

struct Member {
    name: Rc<str>,
    tokens: Vec<u64>,
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, Rc<str>>,
    members: BTreeMap<Rc<str>, Member>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), members: BTreeMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains_key(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        let tokens: Vec<u64> = (0..self.vnodes)
            .map(|i| hash64(&format!("{node}#{i}")))
            .collect();
        tokens.iter().for_each(|&t| {
            self.ring.insert(t, Rc::clone(&name));
        });
        self.members.insert(Rc::clone(&name), Member { name, tokens });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            None => false,
            Some(Member { name, tokens }) => {
                tokens.iter().for_each(|t| {
                    if self.ring.get(t) == Some(&name) {
                        self.ring.remove(t);
                    }
                });
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.keys().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.first_key_value())
            .map(|(_, owner)| &**owner)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut found: Vec<&str> = Vec::new();
        for (_, owner) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if found.len() == count.min(self.members.len()) {
                break;
            }
            if !found.contains(&&**owner) {
                found.push(owner);
            }
        }
        found
    }
}
