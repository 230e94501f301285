// learner: optimal
// idiom: Odin-style node pool: names in a Vec with a free list, ring maps token -> u32 slot index, explicit `for i in 0..` loops
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashMap};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = FNV_OFFSET;
    for i in 0..bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(FNV_PRIME);
    }
    fmix64(h)
}

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    // pool of node names; a dead slot holds None and sits on the free list
    slot_name: Vec<Option<String>>,
    free_slots: Vec<u32>,
    slot_by_name: HashMap<String, u32>,
    ring: BTreeMap<u64, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: if vnodes == 0 { 1 } else { vnodes },
            slot_name: Vec::new(),
            free_slots: Vec::new(),
            slot_by_name: HashMap::new(),
            ring: BTreeMap::new(),
        }
    }

    fn vnode_pos(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    fn name(&self, slot: u32) -> &str {
        self.slot_name[slot as usize].as_deref().unwrap()
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.slot_by_name.contains_key(node) {
            return false;
        }
        let slot = match self.free_slots.pop() {
            Some(s) => {
                self.slot_name[s as usize] = Some(node.to_string());
                s
            }
            None => {
                self.slot_name.push(Some(node.to_string()));
                (self.slot_name.len() - 1) as u32
            }
        };
        self.slot_by_name.insert(node.to_string(), slot);
        for i in 0..self.vnodes {
            self.ring.insert(Self::vnode_pos(node, i), slot);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.slot_by_name.remove(node) {
            Some(s) => s,
            None => return false,
        };
        for i in 0..self.vnodes {
            let pos = Self::vnode_pos(node, i);
            if self.ring.get(&pos) == Some(&slot) {
                self.ring.remove(&pos);
            }
        }
        self.slot_name[slot as usize] = None;
        self.free_slots.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::with_capacity(self.slot_by_name.len());
        for i in 0..self.slot_name.len() {
            if let Some(n) = &self.slot_name[i] {
                names.push(n.as_str());
            }
        }
        names.sort_unstable();
        names
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let slot = match self.ring.range(h..).next() {
            Some((_, &s)) => s,
            None => match self.ring.iter().next() {
                Some((_, &s)) => s,
                None => return None,
            },
        };
        Some(self.name(slot))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let live = self.slot_by_name.len();
        let want = if count < live { count } else { live };
        let mut picked_slots: Vec<u32> = Vec::new();
        if want == 0 {
            return Vec::new();
        }
        let h = hash64(key);
        for (_, &slot) in self.ring.range(h..).chain(self.ring.range(..h)) {
            let mut dup = false;
            for j in 0..picked_slots.len() {
                if picked_slots[j] == slot {
                    dup = true;
                    break;
                }
            }
            if !dup {
                picked_slots.push(slot);
                if picked_slots.len() == want {
                    break;
                }
            }
        }
        let mut out = Vec::with_capacity(want);
        for j in 0..picked_slots.len() {
            out.push(self.name(picked_slots[j]));
        }
        out
    }
}
