// learner: optimal
// idiom: Julia-HPC style: FNV prefix state reused across vnodes, digits written into a stack buffer, token->slot BTreeMap over a name arena with free list
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
fn fnv_feed(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(PRIME);
        i += 1;
    }
    h
}

#[inline]
fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

pub fn hash64(s: &str) -> u64 {
    fmix64(fnv_feed(OFFSET, s.as_bytes()))
}

/// Hash of "{prefix_state}{i}" where prefix_state already absorbed "node#".
#[inline]
fn vnode_token(prefix: u64, mut i: u32) -> u64 {
    // decimal digits of i, filled from the back of a fixed buffer
    let mut buf = [0u8; 10];
    let mut k = buf.len();
    loop {
        k -= 1;
        buf[k] = b'0' + (i % 10) as u8;
        i /= 10;
        if i == 0 {
            break;
        }
    }
    fmix64(fnv_feed(prefix, &buf[k..]))
}

pub struct Ring {
    v: u32,
    tokens: BTreeMap<u64, usize>,
    names: Vec<String>,
    free: Vec<usize>,
    by_name: BTreeMap<String, usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            v: vnodes.max(1),
            tokens: BTreeMap::new(),
            names: Vec::new(),
            free: Vec::new(),
            by_name: BTreeMap::new(),
        }
    }

    fn prefix(node: &str) -> u64 {
        fnv_feed(fnv_feed(OFFSET, node.as_bytes()), b"#")
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.by_name.contains_key(node) {
            return false;
        }
        let slot = match self.free.pop() {
            Some(s) => {
                self.names[s] = node.to_string();
                s
            }
            None => {
                self.names.push(node.to_string());
                self.names.len() - 1
            }
        };
        self.by_name.insert(node.to_string(), slot);
        let p = Self::prefix(node);
        for i in 0..self.v {
            self.tokens.insert(vnode_token(p, i), slot);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.by_name.remove(node) {
            Some(s) => s,
            None => return false,
        };
        let p = Self::prefix(node);
        for i in 0..self.v {
            let t = vnode_token(p, i);
            if self.tokens.get(&t) == Some(&slot) {
                self.tokens.remove(&t);
            }
        }
        self.free.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.by_name.keys().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let slot = match self.tokens.range(h..).next() {
            Some((_, &s)) => s,
            None => *self.tokens.values().next()?,
        };
        Some(self.names[slot].as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.by_name.len());
        let mut out: Vec<&str> = Vec::with_capacity(want);
        let mut seen = vec![false; self.names.len()];
        let h = hash64(key);
        for (_, &s) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if out.len() >= want {
                break;
            }
            if !seen[s] {
                seen[s] = true;
                out.push(self.names[s].as_str());
            }
        }
        out
    }
}
