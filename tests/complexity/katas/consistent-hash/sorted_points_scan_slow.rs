// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): walks the sorted point list from the start until a position >= the key's hash (and joins insert into the middle of the Vec, leaves retain over all points)
//! A consistent-hash ring with virtual nodes.

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h = h ^ (bytes[i] as u64);
        h = h.wrapping_mul(0x100000001b3);
        i = i + 1;
    }
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h = h ^ (h >> 33);
    h
}

struct Point {
    position: u64,
    owner: String,
}

pub struct Ring {
    vnodes: u32,
    points: Vec<Point>,
    node_names: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut v = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { vnodes: v, points: Vec::new(), node_names: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        let mut i = 0;
        while i < self.node_names.len() {
            if self.node_names[i] == node {
                return false;
            }
            i = i + 1;
        }
        self.node_names.push(node.to_string());
        let mut k: u32 = 0;
        while k < self.vnodes {
            let position = hash64(&format!("{}#{}", node, k));
            // find where it goes so the list stays sorted
            let mut spot = 0;
            while spot < self.points.len() && self.points[spot].position < position {
                spot = spot + 1;
            }
            self.points.insert(spot, Point { position, owner: node.to_string() });
            k = k + 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let mut found_at: Option<usize> = None;
        let mut i = 0;
        while i < self.node_names.len() {
            if self.node_names[i] == node {
                found_at = Some(i);
            }
            i = i + 1;
        }
        if found_at.is_none() {
            return false;
        }
        self.node_names.remove(found_at.unwrap());
        self.points.retain(|p| p.owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut list: Vec<&str> = Vec::new();
        for n in &self.node_names {
            list.push(n.as_str());
        }
        list.sort();
        list
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.points.len() == 0 {
            return None;
        }
        let h = hash64(key);
        let mut i = 0;
        while i < self.points.len() {
            if h <= self.points[i].position {
                return Some(self.points[i].owner.as_str());
            }
            i = i + 1;
        }
        Some(self.points[0].owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut answer: Vec<&str> = Vec::new();
        if self.points.len() == 0 {
            return answer;
        }
        let h = hash64(key);
        let mut start = 0;
        while start < self.points.len() && self.points[start].position < h {
            start = start + 1;
        }
        let total = self.points.len();
        let mut step = 0;
        while step < total && answer.len() < count {
            let p = &self.points[(start + step) % total];
            if !answer.contains(&p.owner.as_str()) {
                answer.push(p.owner.as_str());
            }
            step = step + 1;
        }
        answer
    }
}
