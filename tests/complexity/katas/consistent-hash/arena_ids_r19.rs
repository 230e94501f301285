// learner: optimal
// idiom: web-dev style: arena of node names with u32 ids and a free list, BTreeMap<u64, u32>, Result-based internal API
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashMap};

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    for (shift_mul, last) in [(0xff51afd7ed558ccdu64, false), (0xc4ceb9fe1a85ec53, false), (0, true)] {
        h ^= h >> 33;
        if !last {
            h = h.wrapping_mul(shift_mul);
        }
    }
    h
}

#[derive(Debug)]
enum RingError {
    AlreadyMember,
    NotMember,
}

pub struct Ring {
    vnodes: u32,
    slots: Vec<Option<String>>,
    free: Vec<u32>,
    ids: HashMap<String, u32>,
    ring: BTreeMap<u64, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: vnodes.max(1),
            slots: Vec::new(),
            free: Vec::new(),
            ids: HashMap::new(),
            ring: BTreeMap::new(),
        }
    }

    fn alloc(&mut self, name: &str) -> u32 {
        match self.free.pop() {
            Some(id) => {
                self.slots[id as usize] = Some(name.to_string());
                id
            }
            None => {
                self.slots.push(Some(name.to_string()));
                (self.slots.len() - 1) as u32
            }
        }
    }

    fn name(&self, id: u32) -> &str {
        self.slots[id as usize].as_deref().unwrap_or_default()
    }

    fn try_add(&mut self, node: &str) -> Result<(), RingError> {
        if self.ids.contains_key(node) {
            return Err(RingError::AlreadyMember);
        }
        let id = self.alloc(node);
        self.ids.insert(node.to_string(), id);
        for i in 0..self.vnodes {
            self.ring.insert(hash64(&format!("{node}#{i}")), id);
        }
        Ok(())
    }

    fn try_remove(&mut self, node: &str) -> Result<(), RingError> {
        let id = self.ids.remove(node).ok_or(RingError::NotMember)?;
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            if self.ring.get(&t) == Some(&id) {
                self.ring.remove(&t);
            }
        }
        self.slots[id as usize] = None;
        self.free.push(id);
        Ok(())
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        self.try_add(node).is_ok()
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        matches!(self.try_remove(node), Ok(()))
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self.ids.keys().map(|s| s.as_str()).collect();
        all.sort_unstable();
        all
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let (_, &id) = self.ring.range(h..).next().or_else(|| self.ring.first_key_value())?;
        Some(self.name(id))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.ids.len());
        let mut picked: Vec<u32> = Vec::new();
        for (_, &id) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if picked.len() >= want {
                break;
            }
            if !picked.contains(&id) {
                picked.push(id);
            }
        }
        picked.into_iter().map(|id| self.name(id)).collect()
    }
}
