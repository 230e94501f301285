// learner: optimal
// idiom: OOP: Ring stores a boxed placement closure (Box<dyn Fn(&str, u32) -> u64>) and a Hasher64 trait object-free FnvFmix struct, private owner_at/walk methods, match-heavy
use std::collections::{BTreeMap, BTreeSet, HashSet};

struct FnvFmix {
    state: u64,
}

impl FnvFmix {
    fn new() -> Self {
        FnvFmix { state: 0xcbf29ce484222325 }
    }

    fn feed(mut self, bytes: &[u8]) -> Self {
        for &b in bytes {
            self.state ^= u64::from(b);
            self.state = self.state.wrapping_mul(0x100000001b3);
        }
        self
    }

    fn finish(self) -> u64 {
        let mut h = self.state;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51afd7ed558ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
        h ^= h >> 33;
        h
    }
}

pub fn hash64(s: &str) -> u64 {
    FnvFmix::new().feed(s.as_bytes()).finish()
}

pub struct Ring {
    replicas_per_node: u32,
    place: Box<dyn Fn(&str, u32) -> u64>,
    owners: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            replicas_per_node: if vnodes == 0 { 1 } else { vnodes },
            place: Box::new(|node, i| hash64(&format!("{node}#{i}"))),
            owners: BTreeMap::new(),
            members: BTreeSet::new(),
        }
    }

    fn owner_at(&self, position: u64) -> Option<&str> {
        match self.owners.range(position..).next() {
            Some((_, owner)) => Some(owner.as_str()),
            None => match self.owners.first_key_value() {
                Some((_, owner)) => Some(owner.as_str()),
                None => None,
            },
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        match self.members.insert(node.to_owned()) {
            false => false,
            true => {
                for i in 0..self.replicas_per_node {
                    let position = (self.place)(node, i);
                    self.owners.insert(position, node.to_owned());
                }
                true
            }
        }
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            false => false,
            true => {
                for i in 0..self.replicas_per_node {
                    let position = (self.place)(node, i);
                    match self.owners.get(&position) {
                        Some(owner) if owner == node => {
                            self.owners.remove(&position);
                        }
                        _ => {}
                    }
                }
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.owner_at(hash64(key))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let wanted = count.min(self.members.len());
        let start = hash64(key);
        let mut picked = Vec::new();
        let mut seen = HashSet::new();
        let walk = self.owners.range(start..).chain(self.owners.range(..start));
        for (_, owner) in walk {
            if picked.len() >= wanted {
                break;
            }
            if seen.insert(owner.as_str()) {
                picked.push(owner.as_str());
            }
        }
        picked
    }
}
