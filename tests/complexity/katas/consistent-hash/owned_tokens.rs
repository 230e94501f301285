// learner: optimal
// idiom: each node remembers its own token list (BTreeMap<String, Vec<u64>>), Option combinators, successors-free try_fold replicas
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::rc::Rc;

const FNV_BASIS: u64 = 0xcbf29ce484222325;
const FNV_MUL: u64 = 0x100000001b3;

fn fmix64(h: u64) -> u64 {
    [0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(h, |acc, &m| (acc ^ (acc >> 33)).wrapping_mul(m))
}

pub fn hash64(s: &str) -> u64 {
    let h = fmix64(s.as_bytes().iter().fold(FNV_BASIS, |h, &b| (h ^ b as u64).wrapping_mul(FNV_MUL)));
    h ^ (h >> 33)
}

pub struct Ring {
    per_node: u32,
    circle: BTreeMap<u64, Rc<str>>,
    owned: BTreeMap<Rc<str>, Vec<u64>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { per_node: vnodes.max(1), circle: BTreeMap::new(), owned: BTreeMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.owned.contains_key(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        let marks: Vec<u64> = (0..self.per_node).map(|i| hash64(&format!("{node}#{i}"))).collect();
        marks.iter().for_each(|&t| {
            self.circle.insert(t, Rc::clone(&name));
        });
        self.owned.insert(name, marks);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        self.owned
            .remove(node)
            .map(|marks| {
                marks.into_iter().for_each(|t| {
                    let mine = self.circle.get(&t).is_some_and(|o| &**o == node);
                    if mine {
                        self.circle.remove(&t);
                    }
                })
            })
            .is_some()
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.owned.keys().map(|k| &**k).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.circle
            .range(h..)
            .next()
            .or_else(|| self.circle.first_key_value())
            .map(|(_, n)| &**n)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let limit = count.min(self.owned.len());
        if limit == 0 {
            return Vec::new();
        }
        let h = hash64(key);
        let mut walk = self.circle.range(h..).chain(self.circle.range(..h)).map(|(_, n)| &**n);
        let out = walk.try_fold(Vec::with_capacity(limit), |mut acc: Vec<&str>, n| {
            if !acc.contains(&n) {
                acc.push(n);
            }
            if acc.len() == limit { ControlFlow::Break(acc) } else { ControlFlow::Continue(acc) }
        });
        match out {
            ControlFlow::Break(v) | ControlFlow::Continue(v) => v,
        }
    }
}
