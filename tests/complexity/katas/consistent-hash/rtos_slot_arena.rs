// learner: optimal
// idiom: embedded-style: node names in a slot arena (Vec<Option<String>> + free list), ring maps token -> u32 slot id, fixed [u8; N] buffer for vnode labels
use std::collections::BTreeMap;

const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const FMIX: [u64; 2] = [0xff51_afd7_ed55_8ccd, 0xc4ce_b9fe_1a85_ec53];

const fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

const fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(FMIX[0]);
    h ^= h >> 33;
    h = h.wrapping_mul(FMIX[1]);
    h ^= h >> 33;
    h
}

pub fn hash64(s: &str) -> u64 {
    fmix(fnv(FNV_BASIS, s.as_bytes()))
}

/// Hash of "{node}#{i}" without allocating: FNV over the name, '#', then the decimal digits.
fn vnode_hash(node: &str, i: u32) -> u64 {
    const DIGITS: usize = 10;
    let mut buf = [0u8; DIGITS];
    let mut pos = DIGITS;
    let mut v = i;
    loop {
        pos -= 1;
        buf[pos] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let h = fnv(FNV_BASIS, node.as_bytes());
    let h = fnv(h, b"#");
    fmix(fnv(h, &buf[pos..]))
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, u32>,
    by_name: BTreeMap<String, u32>,
    slots: Vec<Option<String>>,
    free: Vec<u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: vnodes.max(1),
            ring: BTreeMap::new(),
            by_name: BTreeMap::new(),
            slots: Vec::new(),
            free: Vec::new(),
        }
    }

    fn name(&self, slot: u32) -> &str {
        match &self.slots[slot as usize] {
            Some(s) => s.as_str(),
            None => unreachable!("ring points at a free slot"),
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
        let mut i = 0;
        while i < self.vnodes {
            self.ring.insert(vnode_hash(node, i), slot);
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.by_name.remove(node) {
            Some(s) => s,
            None => return false,
        };
        let mut i = 0;
        while i < self.vnodes {
            let t = vnode_hash(node, i);
            if self.ring.get(&t) == Some(&slot) {
                self.ring.remove(&t);
            }
            i += 1;
        }
        self.slots[slot as usize] = None;
        self.free.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.by_name.keys().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let hit = match self.ring.range(h..).next() {
            Some((_, &s)) => Some(s),
            None => self.ring.values().next().copied(),
        };
        match hit {
            Some(s) => Some(self.name(s)),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.by_name.len());
        let mut taken = vec![false; self.slots.len()];
        let mut out = Vec::with_capacity(want);
        let h = hash64(key);
        let mut walk = self.ring.range(h..).chain(self.ring.range(..h));
        while out.len() < want {
            match walk.next() {
                Some((_, &s)) => {
                    if !taken[s as usize] {
                        taken[s as usize] = true;
                        out.push(self.name(s));
                    }
                }
                None => break,
            }
        }
        out
    }
}
