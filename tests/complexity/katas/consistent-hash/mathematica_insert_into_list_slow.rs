// learner: slow
// idiom: Mathematica / Wolfram Language user: keeps a sorted list of Token records and does Insert[list, tok, pos] at the binary-searched position, Delete[] on leave
// why: node_for is fine (binary search, O(log n)), but add_node/remove_node shift the Vec on every insert/remove: O(v n) instead of O(v len + v log n)

/// FNV-1a over the UTF-8 bytes, then MurmurHash3's fmix64.
pub fn hash64(s: &str) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
    for &b in s.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    for m in [0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53] {
        h = (h ^ (h >> 33)).wrapping_mul(m);
    }
    h ^ (h >> 33)
}

struct Token {
    pos: u64,
    node: String,
}

pub struct Ring {
    vnodes: u32,
    tokens: Vec<Token>,      // sorted by pos
    members: Vec<String>,    // sorted names
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts as 1).
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), members: Vec::new() }
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        let at = match self.members.binary_search_by(|m| m.as_str().cmp(node)) {
            Ok(_) => return false,
            Err(at) => at,
        };
        self.members.insert(at, node.to_string());
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            let at = self.tokens.partition_point(|t| t.pos < pos);
            self.tokens.insert(at, Token { pos, node: node.to_string() });
        }
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        let Ok(at) = self.members.binary_search_by(|m| m.as_str().cmp(node)) else {
            return false;
        };
        self.members.remove(at);
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            let at = self.tokens.partition_point(|t| t.pos < pos);
            if self.tokens.get(at).is_some_and(|t| t.pos == pos && t.node == node) {
                self.tokens.remove(at);
            }
        }
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    /// The owner of the first virtual node at or after `hash64(key)`, wrapping round.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let i = self.tokens.partition_point(|t| t.pos < h);
        self.tokens.get(i).or(self.tokens.first()).map(|t| t.node.as_str())
    }

    /// The first `count` distinct nodes clockwise from the key.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let n = self.tokens.len();
        let start = self.tokens.partition_point(|t| t.pos < hash64(key));
        let want = count.min(self.members.len());
        (0..n)
            .map(|k| self.tokens[(start + k) % n].node.as_str())
            .fold(Vec::new(), |mut acc, name| {
                if acc.len() < want && !acc.contains(&name) {
                    acc.push(name);
                }
                acc
            })
    }
}
