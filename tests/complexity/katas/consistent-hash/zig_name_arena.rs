// learner: optimal
// idiom: Zig-style: names in an arena Vec<Option<String>> with a free list, BTreeMap<u64, u32> token -> slot, while-loop byte hashing
use std::collections::{BTreeMap, HashMap};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = FNV_OFFSET;
    let mut i = 0usize;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    fmix64(h)
}

fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51afd7ed558ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ceb9fe1a85ec53);
    k ^= k >> 33;
    k
}

pub struct Ring {
    per_node: u32,
    names: Vec<Option<String>>,
    free: Vec<u32>,
    slot_of: HashMap<String, u32>,
    ring: BTreeMap<u64, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let per_node = if vnodes == 0 { 1 } else { vnodes };
        Ring { per_node, names: Vec::new(), free: Vec::new(), slot_of: HashMap::new(), ring: BTreeMap::new() }
    }

    fn name(&self, slot: u32) -> &str {
        match &self.names[slot as usize] {
            Some(s) => s.as_str(),
            None => unreachable!("ring points at a freed slot"),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.slot_of.contains_key(node) {
            return false;
        }
        let slot: u32 = match self.free.pop() {
            Some(s) => {
                self.names[s as usize] = Some(node.to_string());
                s
            }
            None => {
                self.names.push(Some(node.to_string()));
                (self.names.len() - 1) as u32
            }
        };
        self.slot_of.insert(node.to_string(), slot);
        let mut i: u32 = 0;
        while i < self.per_node {
            let t = hash64(&format!("{}#{}", node, i));
            self.ring.insert(t, slot);
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.slot_of.remove(node) {
            Some(s) => s,
            None => return false,
        };
        let mut i: u32 = 0;
        while i < self.per_node {
            let t = hash64(&format!("{}#{}", node, i));
            if self.ring.get(&t) == Some(&slot) {
                self.ring.remove(&t);
            }
            i += 1;
        }
        self.names[slot as usize] = None;
        self.free.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::with_capacity(self.slot_of.len());
        for entry in self.names.iter() {
            if let Some(s) = entry {
                out.push(s.as_str());
            }
        }
        out.sort_unstable();
        out
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
        let live = self.slot_of.len();
        let want = if count < live { count } else { live };
        let mut picked: Vec<u32> = Vec::with_capacity(want);
        if want == 0 {
            return Vec::new();
        }
        let h = hash64(key);
        for (_, &slot) in self.ring.range(h..).chain(self.ring.range(..h)) {
            let mut dup = false;
            for &p in picked.iter() {
                if p == slot {
                    dup = true;
                    break;
                }
            }
            if !dup {
                picked.push(slot);
                if picked.len() == want {
                    break;
                }
            }
        }
        picked.into_iter().map(|s| self.name(s)).collect()
    }
}
