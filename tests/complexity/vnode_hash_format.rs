// Virtual nodes: each is a short key hashed once.
// expect hash_key: time O(n), space O(1)
// expect Ring::join: time O(n log n), space O(1)
// target Ring::join: time O(v len + v log n), space O(v)
use std::collections::BTreeMap;
pub fn hash_key(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
pub struct Ring {
    points: BTreeMap<u64, String>,
    replicas: usize,
}
impl Ring {
    pub fn join(&mut self, node: &str) {
        for i in 0..self.replicas {
            let h = hash_key(&format!("{node}#{i}"));
            self.points.insert(h, node.to_string());
        }
    }
}
