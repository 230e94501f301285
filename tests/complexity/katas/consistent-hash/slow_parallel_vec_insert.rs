// learner: slow
// why: Ring::add_node is O(v n) time, target O(v len + v log n): parallel sorted Vecs, every vnode is inserted with Vec::insert (shifts O(n)); remove_node likewise
pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    vnodes: u32,
    positions: Vec<u64>,
    owners: Vec<String>,
    members: std::collections::BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), positions: Vec::new(), owners: Vec::new(), members: Default::default() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            let p = hash64(&format!("{node}#{i}"));
            let at = self.positions.partition_point(|&x| x < p);
            self.positions.insert(at, p);
            self.owners.insert(at, node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let p = hash64(&format!("{node}#{i}"));
            let at = self.positions.partition_point(|&x| x < p);
            if at < self.positions.len() && self.positions[at] == p && self.owners[at] == node {
                self.positions.remove(at);
                self.owners.remove(at);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.positions.is_empty() {
            return None;
        }
        let h = hash64(key);
        let at = self.positions.partition_point(|&x| x < h);
        let at = if at == self.positions.len() { 0 } else { at };
        Some(&self.owners[at])
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.positions.is_empty() {
            return out;
        }
        let h = hash64(key);
        let start = self.positions.partition_point(|&x| x < h);
        let n = self.positions.len();
        for k in 0..n {
            if out.len() >= count {
                break;
            }
            let o = self.owners[(start + k) % n].as_str();
            if !out.contains(&o) {
                out.push(o);
            }
        }
        out
    }
}
