// learner: optimal
// idiom: Ada-style: node-name arena with indices, BTreeMap<u64, usize>, allocation-free vnode hashing, explicit match on every lookup
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::BTreeMap;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const MIX_1: u64 = 0xff51_afd7_ed55_8ccd;
const MIX_2: u64 = 0xc4ce_b9fe_1a85_ec53;

fn fnv_step(state: u64, byte: u8) -> u64 {
    (state ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
}

fn fnv_bytes(mut state: u64, bytes: &[u8]) -> u64 {
    let mut i: usize = 0;
    while i < bytes.len() {
        state = fnv_step(state, bytes[i]);
        i += 1;
    }
    state
}

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(MIX_1);
    h ^= h >> 33;
    h = h.wrapping_mul(MIX_2);
    h ^= h >> 33;
    h
}

/// Same as `hash64(&format!("{node}#{index}"))`, without building the string:
/// decimal digits of `index` are fed most significant first from a fixed buffer.
fn vnode_position(node: &str, index: u32) -> u64 {
    let mut state = fnv_bytes(FNV_OFFSET, node.as_bytes());
    state = fnv_step(state, b'#');
    let mut digits = [0u8; 10];
    let mut count: usize = 0;
    let mut rest = index;
    loop {
        // rest % 10 < 10, so the cast cannot truncate
        digits[count] = b'0' + (rest % 10) as u8;
        count += 1;
        rest /= 10;
        if rest == 0 || count == digits.len() {
            break;
        }
    }
    while count > 0 {
        count -= 1;
        state = fnv_step(state, digits[count]);
    }
    fmix64(state)
}

/// A deterministic 64-bit hash of a string: 64-bit FNV-1a over its UTF-8
/// bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3; per byte:
/// xor, then wrapping multiply), followed by MurmurHash3's `fmix64`
/// finaliser: `h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33;
/// h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33` (wrapping multiplications).
pub fn hash64(s: &str) -> u64 {
    fmix64(fnv_bytes(FNV_OFFSET, s.as_bytes()))
}

pub struct Ring {
    vnodes: u32,
    /// ring position -> slot in `names`
    tokens: BTreeMap<u64, usize>,
    /// node name -> slot in `names`, kept in lexicographic order
    index: BTreeMap<String, usize>,
    /// arena of node names; `None` marks a free slot
    names: Vec<Option<String>>,
    free: Vec<usize>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts
    /// as 1). Virtual node `i` of node `n` sits at `hash64(&format!("{n}#{i}"))`.
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: vnodes.max(1),
            tokens: BTreeMap::new(),
            index: BTreeMap::new(),
            names: Vec::new(),
            free: Vec::new(),
        }
    }

    fn name_at(&self, slot: usize) -> Option<&str> {
        match self.names.get(slot) {
            Some(Some(name)) => Some(name.as_str()),
            Some(None) | None => None,
        }
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        if self.index.contains_key(node) {
            return false;
        }
        let slot = match self.free.pop() {
            Some(s) => {
                self.names[s] = Some(node.to_owned());
                s
            }
            None => {
                self.names.push(Some(node.to_owned()));
                self.names.len() - 1
            }
        };
        self.index.insert(node.to_owned(), slot);
        let mut i: u32 = 0;
        while i < self.vnodes {
            self.tokens.insert(vnode_position(node, i), slot);
            i += 1;
        }
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.index.remove(node) {
            Some(s) => s,
            None => return false,
        };
        let mut i: u32 = 0;
        while i < self.vnodes {
            let pos = vnode_position(node, i);
            if self.tokens.get(&pos) == Some(&slot) {
                self.tokens.remove(&pos);
            }
            i += 1;
        }
        if slot < self.names.len() {
            self.names[slot] = None;
            self.free.push(slot);
        }
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.index.keys().map(String::as_str).collect()
    }

    /// The node owning `key`: the owner of the first virtual node at or
    /// after `hash64(key)`, wrapping round to the smallest position.
    /// None on an empty ring.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let slot = match self.tokens.range(h..).next() {
            Some((_, &s)) => s,
            None => match self.tokens.iter().next() {
                Some((_, &s)) => s,
                None => return None,
            },
        };
        self.name_at(slot)
    }

    /// The first `count` distinct nodes met walking clockwise from the key's
    /// position (its replica set, owner first); fewer if the ring has fewer
    /// nodes.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let wanted = count.min(self.index.len());
        let mut out: Vec<&str> = Vec::with_capacity(wanted);
        if wanted == 0 {
            return out;
        }
        let mut taken = vec![false; self.names.len()];
        let h = hash64(key);
        for (_, &slot) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if slot >= taken.len() || taken[slot] {
                continue;
            }
            taken[slot] = true;
            if let Some(name) = self.name_at(slot) {
                out.push(name);
            }
            if out.len() >= wanted {
                break;
            }
        }
        out
    }
}
