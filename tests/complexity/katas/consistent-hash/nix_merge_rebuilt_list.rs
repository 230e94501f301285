// learner: slow
// idiom: Nix: the ring is an immutable sorted list of points; a join builds a brand-new list by merging the old one with the node's sorted points, a leave is `filter (p: p.owner != node) ring`
// why: lookups binary-search (O(log n)), but every add_node/remove_node copies all n points into a new Vec: O(n + v log v) per join/leave, target O(v len + v log n)

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

#[derive(Clone)]
struct Point {
    pos: u64,
    owner: String,
}

pub struct Ring {
    vnodes: u32,
    points: Vec<Point>,
    members: std::collections::BTreeSet<String>,
}

/// mergeSorted xs ys, a fresh list
fn merge(old: &[Point], new: &[Point]) -> Vec<Point> {
    let mut out = Vec::with_capacity(old.len() + new.len());
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        let take_old = j >= new.len() || (i < old.len() && old[i].pos <= new[j].pos);
        if take_old {
            out.push(old[i].clone());
            i += 1;
        } else {
            out.push(new[j].clone());
            j += 1;
        }
    }
    out
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), points: Vec::new(), members: Default::default() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        let mut mine: Vec<Point> = (0..self.vnodes)
            .map(|i| Point { pos: hash64(&format!("{node}#{i}")), owner: node.to_string() })
            .collect();
        mine.sort_by_key(|p| p.pos);
        self.points = merge(&self.points, &mine);
        self.members.insert(node.to_string());
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        self.points = self.points.iter().filter(|p| p.owner != node).cloned().collect();
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    fn start_index(&self, h: u64) -> usize {
        let k = self.points.partition_point(|p| p.pos < h);
        if k == self.points.len() { 0 } else { k }
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.points.is_empty() {
            return None;
        }
        Some(self.points[self.start_index(hash64(key))].owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.points.is_empty() {
            return out;
        }
        let want = count.min(self.members.len());
        let start = self.start_index(hash64(key));
        let n = self.points.len();
        for k in 0..n {
            if out.len() == want {
                break;
            }
            let owner = self.points[(start + k) % n].owner.as_str();
            if !out.contains(&owner) {
                out.push(owner);
            }
        }
        out
    }
}
