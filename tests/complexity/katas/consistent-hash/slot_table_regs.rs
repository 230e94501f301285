// learner: optimal
// idiom: hardware-style: hash as an explicit xor/shift/multiply pipeline, tokens map to a u32 slot id in a node register file with a free list, match-heavy lookups
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const C1: u64 = 0xff51_afd7_ed55_8ccd;
const C2: u64 = 0xc4ce_b9fe_1a85_ec53;

fn fmix(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(C1);
    k ^= k >> 33;
    k = k.wrapping_mul(C2);
    k ^ (k >> 33)
}

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut acc = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        acc = (acc ^ bytes[i] as u64).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    fmix(acc)
}

pub struct Ring {
    vn: u32,
    ring: BTreeMap<u64, u32>,
    slots: Vec<Option<String>>,
    free: Vec<u32>,
    by_name: BTreeMap<String, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vn: if vnodes == 0 { 1 } else { vnodes },
            ring: BTreeMap::new(),
            slots: Vec::new(),
            free: Vec::new(),
            by_name: BTreeMap::new(),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.by_name.contains_key(node) {
            return false;
        }
        let slot = match self.free.pop() {
            Some(s) => {
                self.slots[s as usize] = Some(node.to_owned());
                s
            }
            None => {
                self.slots.push(Some(node.to_owned()));
                (self.slots.len() - 1) as u32
            }
        };
        self.by_name.insert(node.to_owned(), slot);
        for v in 0..self.vn {
            let tok = hash64(&format!("{}#{}", node, v));
            self.ring.entry(tok).or_insert(slot);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.by_name.remove(node) {
            Some(s) => s,
            None => return false,
        };
        for v in 0..self.vn {
            let tok = hash64(&format!("{}#{}", node, v));
            match self.ring.get(&tok) {
                Some(&owner) if owner == slot => {
                    self.ring.remove(&tok);
                }
                _ => {}
            }
        }
        self.slots[slot as usize] = None;
        self.free.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.by_name.keys().map(|k| k.as_str()).collect()
    }

    fn name(&self, slot: u32) -> &str {
        match &self.slots[slot as usize] {
            Some(s) => s.as_str(),
            None => unreachable!("token points at an empty slot"),
        }
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let hit = match self.ring.range(h..).next() {
            Some((_, &s)) => Some(s),
            None => self.ring.values().next().copied(),
        };
        hit.map(|s| self.name(s))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let limit = count.min(self.by_name.len());
        let mut taken = vec![false; self.slots.len()];
        let mut out: Vec<&str> = Vec::with_capacity(limit);
        let h = hash64(key);
        let mut walk = self.ring.range(h..).chain(self.ring.range(..h));
        while out.len() < limit {
            match walk.next() {
                Some((_, &s)) if !taken[s as usize] => {
                    taken[s as usize] = true;
                    out.push(self.name(s));
                }
                Some(_) => {}
                None => break,
            }
        }
        out
    }
}
