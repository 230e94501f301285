// learner: slow
// why: Ring::add_node is O(v n) time, target O(v len + v log n): tokens kept in sorted parallel Vecs, every vnode is Vec::insert-ed (shifting the tail), remove shifts likewise
const BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = BASIS;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(PRIME);
        i += 1;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Column layout (struct of arrays): tokens[i] is owned by owners[i]; tokens sorted ascending.
pub struct Ring {
    vnodes: u32,
    tokens: Vec<u64>,
    owners: Vec<String>,
    members: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: if vnodes == 0 { 1 } else { vnodes }, tokens: Vec::new(), owners: Vec::new(), members: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        let at = match self.members.binary_search_by(|m| m.as_str().cmp(node)) {
            Ok(_) => return false,
            Err(at) => at,
        };
        self.members.insert(at, node.to_owned());
        let mut i = 0;
        while i < self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            let pos = self.tokens.partition_point(|&x| x < t);
            self.tokens.insert(pos, t);
            self.owners.insert(pos, node.to_owned());
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.binary_search_by(|m| m.as_str().cmp(node)) {
            Ok(at) => {
                self.members.remove(at);
            }
            Err(_) => return false,
        }
        let mut i = 0;
        while i < self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            let mut pos = self.tokens.partition_point(|&x| x < t);
            while pos < self.tokens.len() && self.tokens[pos] == t {
                if self.owners[pos] == node {
                    self.tokens.remove(pos);
                    self.owners.remove(pos);
                    break;
                }
                pos += 1;
            }
            i += 1;
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|m| m.as_str()).collect()
    }

    fn start(&self, key: &str) -> usize {
        let h = hash64(key);
        let pos = self.tokens.partition_point(|&x| x < h);
        if pos == self.tokens.len() { 0 } else { pos }
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.tokens.is_empty() {
            return None;
        }
        Some(self.owners[self.start(key)].as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let mut out: Vec<&str> = Vec::new();
        if self.tokens.is_empty() {
            return out;
        }
        let n = self.tokens.len();
        let first = self.start(key);
        let mut step = 0;
        while step < n && out.len() < want {
            let o = self.owners[(first + step) % n].as_str();
            if !out.contains(&o) {
                out.push(o);
            }
            step += 1;
        }
        out
    }
}
