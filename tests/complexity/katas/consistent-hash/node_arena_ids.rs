// learner: optimal
// idiom: node names interned in a slab `Vec<Option<String>>` with a free list; the ring maps token -> slot (u32), name index in a HashMap: O(v len + v log n) per join
use std::collections::{BTreeMap, HashMap};

pub fn hash64(s: &str) -> u64 {
    let mut h = s
        .as_bytes()
        .iter()
        .fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, u32>,
    names: Vec<Option<String>>,
    free: Vec<u32>,
    slot_of: HashMap<String, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: if vnodes == 0 { 1 } else { vnodes },
            tokens: BTreeMap::new(),
            names: Vec::new(),
            free: Vec::new(),
            slot_of: HashMap::new(),
        }
    }

    fn name(&self, slot: u32) -> &str {
        self.names[slot as usize].as_deref().expect("live slot")
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.slot_of.contains_key(node) {
            return false;
        }
        let slot = match self.free.pop() {
            Some(s) => {
                self.names[s as usize] = Some(node.to_owned());
                s
            }
            None => {
                self.names.push(Some(node.to_owned()));
                (self.names.len() - 1) as u32
            }
        };
        self.slot_of.insert(node.to_owned(), slot);
        for i in 0..self.vnodes {
            self.tokens.entry(hash64(&format!("{node}#{i}"))).or_insert(slot);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(slot) = self.slot_of.remove(node) else { return false };
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            if self.tokens.get(&t) == Some(&slot) {
                self.tokens.remove(&t);
            }
        }
        self.names[slot as usize] = None;
        self.free.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.slot_of.keys().map(String::as_str).collect();
        v.sort_unstable();
        v
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let (_, &slot) = self.tokens.range(h..).next().or_else(|| self.tokens.iter().next())?;
        Some(self.name(slot))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.slot_of.len());
        let h = hash64(key);
        let mut taken = vec![false; self.names.len()];
        let mut out = Vec::with_capacity(want);
        let mut walk = self.tokens.range(h..).chain(self.tokens.range(..h));
        while out.len() < want {
            let Some((_, &slot)) = walk.next() else { break };
            if !std::mem::replace(&mut taken[slot as usize], true) {
                out.push(self.name(slot));
            }
        }
        out
    }
}
