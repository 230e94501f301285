// learner: optimal
// idiom: Koka: nodes interned into an arena of ids (BTreeMap<String, Id> + slots with a free list), the ring maps position -> Id; each node remembers its own tokens so removal replays them
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

/// MurmurHash3's fmix64 finaliser, as a pure function.
fn fmix64(h: u64) -> u64 {
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xff51afd7ed558ccd);
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

/// 64-bit FNV-1a as a fold over the bytes, then fmix64.
pub fn hash64(s: &str) -> u64 {
    fmix64(s.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME)))
}

type Id = usize;

/// A member of the ring: its name and the positions it actually claimed.
struct Member {
    name: String,
    claimed: Vec<u64>,
}

enum Slot {
    Free,
    Taken(Member),
}

pub struct Ring {
    vnodes: u32,
    positions: BTreeMap<u64, Id>,
    by_name: BTreeMap<String, Id>,
    slots: Vec<Slot>,
    free: Vec<Id>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: match vnodes {
                0 => 1,
                v => v,
            },
            positions: BTreeMap::new(),
            by_name: BTreeMap::new(),
            slots: Vec::new(),
            free: Vec::new(),
        }
    }

    fn name_of(&self, id: Id) -> &str {
        match &self.slots[id] {
            Slot::Taken(m) => &m.name,
            Slot::Free => unreachable!("a position points at a free slot"),
        }
    }

    fn allocate(&mut self, member: Member) -> Id {
        match self.free.pop() {
            Some(id) => {
                self.slots[id] = Slot::Taken(member);
                id
            }
            None => {
                self.slots.push(Slot::Taken(member));
                self.slots.len() - 1
            }
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.by_name.contains_key(node) {
            return false;
        }
        let id = self.allocate(Member { name: node.to_string(), claimed: Vec::new() });
        let mut claimed = Vec::with_capacity(self.vnodes as usize);
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            // first come keeps a (vanishingly rare) colliding position
            if let std::collections::btree_map::Entry::Vacant(e) = self.positions.entry(pos) {
                e.insert(id);
                claimed.push(pos);
            }
        }
        if let Slot::Taken(m) = &mut self.slots[id] {
            m.claimed = claimed;
        }
        self.by_name.insert(node.to_string(), id);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let id = match self.by_name.remove(node) {
            None => return false,
            Some(id) => id,
        };
        match std::mem::replace(&mut self.slots[id], Slot::Free) {
            Slot::Taken(m) => {
                for pos in m.claimed {
                    self.positions.remove(&pos);
                }
            }
            Slot::Free => {}
        }
        self.free.push(id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.by_name.keys().map(|k| k.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let owner = self.positions.range(h..).next().or_else(|| self.positions.iter().next());
        match owner {
            Some((_, &id)) => Some(self.name_of(id)),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.by_name.len());
        let mut picked: Vec<Id> = Vec::new();
        let clockwise = self.positions.range(h..).chain(self.positions.range(..h));
        for (_, &id) in clockwise {
            match (picked.len() >= want, picked.contains(&id)) {
                (true, _) => break,
                (false, true) => continue,
                (false, false) => picked.push(id),
            }
        }
        picked.into_iter().map(|id| self.name_of(id)).collect()
    }
}
