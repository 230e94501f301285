// learner: optimal
// idiom: BTreeMap<u64, String> plus explicit successor helper with match, replicas via loop with cursor restart (explicit wrap)
use std::collections::BTreeMap;
use std::ops::Bound::{Excluded, Unbounded};

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
    v: u32,
    points: BTreeMap<u64, String>,
    members: BTreeMap<String, ()>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let v = match vnodes {
            0 => 1,
            n => n,
        };
        Ring { v, points: BTreeMap::new(), members: BTreeMap::new() }
    }

    /// First token at or after `h`, wrapping to the smallest.
    fn successor(&self, h: u64) -> Option<(u64, &str)> {
        match self.points.range(h..).next() {
            Some((&p, n)) => Some((p, n.as_str())),
            None => match self.points.iter().next() {
                Some((&p, n)) => Some((p, n.as_str())),
                None => None,
            },
        }
    }

    /// Token strictly after `p`, wrapping.
    fn next_after(&self, p: u64) -> Option<(u64, &str)> {
        match self.points.range((Excluded(p), Unbounded)).next() {
            Some((&q, n)) => Some((q, n.as_str())),
            None => self.points.iter().next().map(|(&q, n)| (q, n.as_str())),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        match self.members.insert(node.to_string(), ()) {
            Some(()) => false,
            None => {
                for i in 0..self.v {
                    let p = hash64(&format!("{node}#{i}"));
                    self.points.insert(p, node.to_string());
                }
                true
            }
        }
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            None => false,
            Some(()) => {
                for i in 0..self.v {
                    let p = hash64(&format!("{node}#{i}"));
                    let mine = match self.points.get(&p) {
                        Some(owner) => owner == node,
                        None => false,
                    };
                    if mine {
                        self.points.remove(&p);
                    }
                }
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.keys().map(|k| k.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.successor(hash64(key)).map(|(_, n)| n)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let target = count.min(self.members.len());
        let mut cur = match self.successor(hash64(key)) {
            Some(c) => c,
            None => return out,
        };
        let mut steps = 0;
        while out.len() < target && steps < self.points.len() {
            if !out.iter().any(|&o| o == cur.1) {
                out.push(cur.1);
            }
            cur = self.next_after(cur.0).unwrap();
            steps += 1;
        }
        out
    }
}
