// learner: optimal
// idiom: name arena (Vec<Option<String>> + free slots) with BTreeMap<u64, usize> tokens and BTreeMap<String, usize> directory; while-loop hashing; match-heavy lookups
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::BTreeMap;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x100000001b3);
        i += 1;
    }
    h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
    h = (h ^ (h >> 33)).wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    slots: Vec<Option<String>>,
    free_slots: Vec<usize>,
    directory: BTreeMap<String, usize>,
    positions: BTreeMap<u64, usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: if vnodes == 0 { 1 } else { vnodes },
            slots: Vec::new(),
            free_slots: Vec::new(),
            directory: BTreeMap::new(),
            positions: BTreeMap::new(),
        }
    }

    fn vnode_position(node: &str, i: u32) -> u64 {
        let mut label = String::with_capacity(node.len() + 11);
        label.push_str(node);
        label.push('#');
        label.push_str(&i.to_string());
        hash64(&label)
    }

    fn name(&self, slot: usize) -> &str {
        match &self.slots[slot] {
            Some(n) => n.as_str(),
            None => unreachable!("token points at a freed slot"),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.directory.contains_key(node) {
            return false;
        }
        let slot = match self.free_slots.pop() {
            Some(s) => {
                self.slots[s] = Some(node.to_owned());
                s
            }
            None => {
                self.slots.push(Some(node.to_owned()));
                self.slots.len() - 1
            }
        };
        self.directory.insert(node.to_owned(), slot);
        let mut i = 0;
        while i < self.vnodes {
            self.positions.insert(Self::vnode_position(node, i), slot);
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.directory.remove(node) {
            Some(s) => s,
            None => return false,
        };
        let mut i = 0;
        while i < self.vnodes {
            let p = Self::vnode_position(node, i);
            match self.positions.get(&p) {
                Some(&owner) if owner == slot => {
                    self.positions.remove(&p);
                }
                _ => {}
            }
            i += 1;
        }
        self.slots[slot] = None;
        self.free_slots.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.directory.keys().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let found = match self.positions.range(h..).next() {
            Some((_, &slot)) => Some(slot),
            None => self.positions.values().next().copied(),
        };
        match found {
            Some(slot) => Some(self.name(slot)),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let target = count.min(self.directory.len());
        let mut picked: Vec<usize> = Vec::with_capacity(target);
        if target == 0 {
            return Vec::new();
        }
        let h = hash64(key);
        for (_, &slot) in self.positions.range(h..).chain(self.positions.range(..h)) {
            if !picked.contains(&slot) {
                picked.push(slot);
                if picked.len() == target {
                    break;
                }
            }
        }
        picked.into_iter().map(|s| self.name(s)).collect()
    }
}
