// learner: optimal
// idiom: a Modula-2 teacher: named constants, the hash as an explicit byte loop, node names kept in a slot table (array + free list) and the ring mapping positions to slot numbers; a name directory BTreeMap for membership
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;

const FNV_OFFSET_BASIS: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;
const FMIX_C1: u64 = 0xff51afd7ed558ccd;
const FMIX_C2: u64 = 0xc4ceb9fe1a85ec53;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = FNV_OFFSET_BASIS;
    let mut i = 0;
    while i < bytes.len() {
        h = h ^ (bytes[i] as u64);
        h = h.wrapping_mul(FNV_PRIME);
        i = i + 1;
    }
    /* MurmurHash3 fmix64 */
    h = h ^ (h >> 33);
    h = h.wrapping_mul(FMIX_C1);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(FMIX_C2);
    h = h ^ (h >> 33);
    h
}

pub struct Ring {
    vnodes: u32,
    /* slot number -> node name; None marks a free slot */
    slots: Vec<Option<String>>,
    free_slots: Vec<usize>,
    /* node name -> its slot number */
    directory: BTreeMap<String, usize>,
    /* ring position -> slot number of the owning node */
    ring: BTreeMap<u64, usize>,
}

/* Position of virtual node i of a node. */
fn vnode_position(node: &str, i: u32) -> u64 {
    hash64(&format!("{}#{}", node, i))
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut v = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring {
            vnodes: v,
            slots: Vec::new(),
            free_slots: Vec::new(),
            directory: BTreeMap::new(),
            ring: BTreeMap::new(),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.directory.contains_key(node) {
            return false;
        }
        let slot: usize;
        match self.free_slots.pop() {
            Some(s) => {
                slot = s;
                self.slots[slot] = Some(node.to_string());
            }
            None => {
                slot = self.slots.len();
                self.slots.push(Some(node.to_string()));
            }
        }
        self.directory.insert(node.to_string(), slot);
        let mut i: u32 = 0;
        while i < self.vnodes {
            self.ring.insert(vnode_position(node, i), slot);
            i = i + 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.directory.remove(node) {
            None => return false,
            Some(s) => s,
        };
        let mut i: u32 = 0;
        while i < self.vnodes {
            let position = vnode_position(node, i);
            if self.ring.get(&position) == Some(&slot) {
                self.ring.remove(&position);
            }
            i = i + 1;
        }
        self.slots[slot] = None;
        self.free_slots.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        for name in self.directory.keys() {
            result.push(name.as_str());
        }
        result
    }

    fn name_of(&self, slot: usize) -> &str {
        match &self.slots[slot] {
            Some(name) => name.as_str(),
            None => panic!("ring points at a free slot"),
        }
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.ring.is_empty() {
            return None;
        }
        let h = hash64(key);
        let slot = match self.ring.range(h..).next() {
            Some((_, s)) => *s,
            None => *self.ring.values().next().unwrap(), /* wrap round */
        };
        Some(self.name_of(slot))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        let h = hash64(key);
        let mut wanted = count;
        if wanted > self.directory.len() {
            wanted = self.directory.len();
        }
        let mut after = self.ring.range(h..);
        let mut before = self.ring.range(..h);
        while result.len() < wanted {
            let slot = match after.next() {
                Some((_, s)) => *s,
                None => match before.next() {
                    Some((_, s)) => *s,
                    None => break,
                },
            };
            if !seen.contains(&slot) {
                seen.push(slot);
                result.push(self.name_of(slot));
            }
        }
        result
    }
}
