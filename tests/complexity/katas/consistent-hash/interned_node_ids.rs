// learner: optimal
// idiom: over-engineered: node names interned in a slot arena (Vec<Option<String>> + free list), tokens map to a NodeId newtype, BTreeMap<String, NodeId> for names
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .as_bytes()
        .iter()
        .fold(0xcbf29ce484222325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    fmix64(fnv)
}

fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51afd7ed558ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ceb9fe1a85ec53);
    k ^= k >> 33;
    k
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NodeId(usize);

#[derive(Default)]
struct NodeArena {
    slots: Vec<Option<String>>,
    free_slots: Vec<usize>,
}

impl NodeArena {
    fn allocate(&mut self, name: &str) -> NodeId {
        match self.free_slots.pop() {
            Some(slot) => {
                self.slots[slot] = Some(name.to_owned());
                NodeId(slot)
            }
            None => {
                self.slots.push(Some(name.to_owned()));
                NodeId(self.slots.len() - 1)
            }
        }
    }

    fn release(&mut self, id: NodeId) {
        self.slots[id.0] = None;
        self.free_slots.push(id.0);
    }

    fn name(&self, id: NodeId) -> &str {
        self.slots[id.0].as_deref().expect("live node id")
    }
}

pub struct Ring {
    vnodes: u32,
    arena: NodeArena,
    by_name: BTreeMap<String, NodeId>,
    tokens: BTreeMap<u64, NodeId>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: if vnodes == 0 { 1 } else { vnodes },
            arena: NodeArena::default(),
            by_name: BTreeMap::new(),
            tokens: BTreeMap::new(),
        }
    }

    fn token_of(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.by_name.contains_key(node) {
            return false;
        }
        let id = self.arena.allocate(node);
        self.by_name.insert(node.to_owned(), id);
        for i in 0..self.vnodes {
            self.tokens.insert(Self::token_of(node, i), id);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(id) = self.by_name.remove(node) else {
            return false;
        };
        for i in 0..self.vnodes {
            let t = Self::token_of(node, i);
            if self.tokens.get(&t) == Some(&id) {
                self.tokens.remove(&t);
            }
        }
        self.arena.release(id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.by_name.keys().map(String::as_str).collect()
    }

    fn owner_at_or_after(&self, position: u64) -> Option<NodeId> {
        self.tokens
            .range(position..)
            .next()
            .or_else(|| self.tokens.iter().next())
            .map(|(_, &id)| id)
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let id = self.owner_at_or_after(hash64(key))?;
        Some(self.arena.name(id))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let goal = count.min(self.by_name.len());
        let h = hash64(key);
        let mut picked: Vec<NodeId> = Vec::new();
        for (_, &id) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if picked.len() >= goal {
                break;
            }
            if !picked.contains(&id) {
                picked.push(id);
            }
        }
        picked.into_iter().map(|id| self.arena.name(id)).collect()
    }
}
