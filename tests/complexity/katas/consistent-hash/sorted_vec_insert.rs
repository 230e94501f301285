// learner: slow
// idiom: CUDA GPU programmer: a flat sorted Vec<(u64, u32)> of positions (SoA-friendly, cache-linear) kept sorted by binary-search + Vec::insert per virtual node, retain on leave
// why: add_node is O(v n) (each Vec::insert shifts up to n positions) and remove_node O(n) (retain over the whole ring) vs O(v len + v log n); node_for is a partition_point binary search, O(len + log n)
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
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
    v: u32,
    pts: Vec<(u64, u32)>, // sorted by position
    names: Vec<String>,   // sorted
    ids: Vec<Option<String>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { v: vnodes.max(1), pts: Vec::new(), names: Vec::new(), ids: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        let at = match self.names.binary_search_by(|n| n.as_str().cmp(node)) {
            Ok(_) => return false,
            Err(at) => at,
        };
        self.names.insert(at, node.to_string());
        let id = self.ids.len() as u32;
        self.ids.push(Some(node.to_string()));
        for i in 0..self.v {
            let p = (hash64(&format!("{node}#{i}")), id);
            let j = self.pts.partition_point(|&q| q < p);
            self.pts.insert(j, p);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let at = match self.names.binary_search_by(|n| n.as_str().cmp(node)) {
            Ok(at) => at,
            Err(_) => return false,
        };
        self.names.remove(at);
        let mut id = u32::MAX;
        for i in 0..self.ids.len() {
            if self.ids[i].as_deref() == Some(node) {
                id = i as u32;
                self.ids[i] = None;
            }
        }
        self.pts.retain(|&(_, o)| o != id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|s| s.as_str()).collect()
    }

    fn name(&self, id: u32) -> &str {
        self.ids[id as usize].as_deref().unwrap()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.pts.is_empty() {
            return None;
        }
        let h = hash64(key);
        let i = self.pts.partition_point(|&(p, _)| p < h);
        let i = if i == self.pts.len() { 0 } else { i };
        Some(self.name(self.pts[i].1))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.pts.is_empty() {
            return out;
        }
        let h = hash64(key);
        let start = self.pts.partition_point(|&(p, _)| p < h);
        let n = self.pts.len();
        for k in 0..n {
            if out.len() >= count {
                break;
            }
            let nm = self.name(self.pts[(start + k) % n].1);
            if !out.contains(&nm) {
                out.push(nm);
            }
        }
        out
    }
}
