// learner: slow
// idiom: Nix: the ring is a plain list of `{ pos; node; }` re-sorted after every change (`sort (a: b: a.pos < b.pos) (ring ++ new)`), lookup is `findFirst (t: t.pos >= h) (head ring) ring`
// why: add_node re-sorts all n tokens (O(n log n)) and node_for scans the list (O(n)), targets O(v log n) and O(log n)

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    vnodes: u32,
    ring: Vec<(u64, String)>,
    names: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: Vec::new(), names: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.iter().any(|n| n == node) {
            return false;
        }
        self.names.push(node.to_string());
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            self.ring.push((pos, node.to_string()));
        }
        self.ring.sort();
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let before = self.names.len();
        self.names.retain(|n| n != node);
        if self.names.len() == before {
            return false;
        }
        self.ring.retain(|(_, n)| n != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.names.iter().map(|s| s.as_str()).collect();
        v.sort();
        v
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let first = self.ring.first()?;
        let hit = self.ring.iter().find(|(pos, _)| *pos >= h).unwrap_or(first);
        Some(hit.1.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.names.len());
        let start = self.ring.iter().position(|(pos, _)| *pos >= h).unwrap_or(0);
        let mut out: Vec<&str> = Vec::new();
        for k in 0..self.ring.len() {
            if out.len() == want {
                break;
            }
            let n = self.ring[(start + k) % self.ring.len()].1.as_str();
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }
}
