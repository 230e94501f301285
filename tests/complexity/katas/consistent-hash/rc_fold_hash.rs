// learner: optimal
// idiom: APL-ish: hash64 as a fold over bytes then a fold over the finaliser constants; Rc<str> shared names; token positions built as a mapped range
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    [0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(fnv ^ (fnv >> 33), |h, &m| {
            let x = h.wrapping_mul(m);
            x ^ (x >> 33)
        })
}

pub struct Ring {
    per_node: u32,
    points: BTreeMap<u64, Rc<str>>,
    names: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { per_node: vnodes.max(1), points: BTreeMap::new(), names: BTreeSet::new() }
    }

    fn points_of<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.per_node).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        self.names.insert(Rc::clone(&name));
        let pts: Vec<u64> = self.points_of(node).collect();
        pts.into_iter().for_each(|p| {
            self.points.entry(p).or_insert_with(|| Rc::clone(&name));
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for p in (0..self.per_node).map(|i| hash64(&format!("{node}#{i}"))) {
            if self.points.get(&p).is_some_and(|o| &**o == node) {
                self.points.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.points
            .range(h..)
            .chain(self.points.range(..h))
            .map(|(_, n)| &**n)
            .next()
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut picked: Vec<&str> = Vec::new();
        let want = count.min(self.names.len());
        for n in self.points.range(h..).chain(self.points.range(..h)).map(|(_, n)| &**n) {
            if picked.len() >= want {
                break;
            }
            if !picked.contains(&n) {
                picked.push(n);
            }
        }
        picked
    }
}
