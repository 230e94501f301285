// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): the "textbook" loop over the sorted token list until h <= token; add_node also shifts with Vec::insert
//! A consistent-hash ring with virtual nodes.

pub fn hash64(s: &str) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
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

#[derive(Clone)]
struct VirtualNode {
    position: u64,
    owner: String,
}

pub struct Ring {
    vnodes: u32,
    points: Vec<VirtualNode>,
    members: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), points: Vec::new(), members: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        let slot = match self.members.binary_search_by(|m| m.as_str().cmp(node)) {
            Ok(_) => return false,
            Err(slot) => slot,
        };
        self.members.insert(slot, node.to_string());
        for i in 0..self.vnodes {
            let position = hash64(&format!("{node}#{i}"));
            let at = match self.points.binary_search_by_key(&position, |p| p.position) {
                Ok(existing) => {
                    self.points[existing].owner = node.to_string();
                    continue;
                }
                Err(at) => at,
            };
            self.points.insert(at, VirtualNode { position, owner: node.to_string() });
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.members.binary_search_by(|m| m.as_str().cmp(node)) {
            Ok(slot) => slot,
            Err(_) => return false,
        };
        self.members.remove(slot);
        for i in 0..self.vnodes {
            let position = hash64(&format!("{node}#{i}"));
            if let Ok(at) = self.points.binary_search_by_key(&position, |p| p.position) {
                if self.points[at].owner == node {
                    self.points.remove(at);
                }
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    fn index_for(&self, h: u64) -> usize {
        let mut i = 0;
        while i < self.points.len() {
            if h <= self.points[i].position {
                return i;
            }
            i += 1;
        }
        0
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.points.is_empty() {
            return None;
        }
        let i = self.index_for(hash64(key));
        Some(&self.points[i].owner)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.points.is_empty() {
            return out;
        }
        let want = count.min(self.members.len());
        let start = self.index_for(hash64(key));
        let mut step = 0;
        while out.len() < want && step < self.points.len() {
            let owner = self.points[(start + step) % self.points.len()].owner.as_str();
            if !out.contains(&owner) {
                out.push(owner);
            }
            step += 1;
        }
        out
    }
}
