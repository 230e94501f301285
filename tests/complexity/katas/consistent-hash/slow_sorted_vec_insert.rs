// learner: slow
// why: Ring::add_node is O(n) time, target O(v len + v log n): tokens live in a sorted Vec and each vnode is placed with Vec::insert, shifting the tail
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
    points: Vec<(u64, String)>,
    names: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), points: Vec::new(), names: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        let at = match self.names.binary_search_by(|n| n.as_str().cmp(node)) {
            Ok(_) => return false,
            Err(at) => at,
        };
        self.names.insert(at, node.to_string());
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            let pos = self.points.partition_point(|(p, _)| *p < t);
            self.points.insert(pos, (t, node.to_string()));
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let at = match self.names.binary_search_by(|n| n.as_str().cmp(node)) {
            Ok(at) => at,
            Err(_) => return false,
        };
        self.names.remove(at);
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            let pos = self.points.partition_point(|(p, _)| *p < t);
            if pos < self.points.len() && self.points[pos].0 == t && self.points[pos].1 == node {
                self.points.remove(pos);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.points.is_empty() {
            return None;
        }
        let h = hash64(key);
        let pos = self.points.partition_point(|(p, _)| *p < h);
        let idx = if pos == self.points.len() { 0 } else { pos };
        Some(self.points[idx].1.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let n = self.points.len();
        if n == 0 {
            return out;
        }
        let start = self.points.partition_point(|(p, _)| *p < hash64(key));
        for k in 0..n {
            if out.len() >= count.min(self.names.len()) {
                break;
            }
            let name = self.points[(start + k) % n].1.as_str();
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }
}
