// learner: optimal
// idiom: a ReScript web developer: tokens as a BTreeSet of `(position, name)` tuples (ties broken by name, like the spec's sorted list), the hash composed of small pure steps, one `clockwise` iterator reused by node_for and replicas (`filter(seen.insert)` + `take`)
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeSet;
use std::ops::Bound::{Excluded, Included, Unbounded};
use std::rc::Rc;

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}

fn xor_shift(h: u64) -> u64 {
    h ^ (h >> 33)
}

fn fmix64(h: u64) -> u64 {
    xor_shift(xor_shift(xor_shift(h).wrapping_mul(0xff51afd7ed558ccd)).wrapping_mul(0xc4ceb9fe1a85ec53))
}

pub fn hash64(s: &str) -> u64 {
    fmix64(fnv1a(s))
}

type Token = (u64, Rc<str>);

pub struct Ring {
    vnodes: u32,
    tokens: BTreeSet<Token>,
    names: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { vnodes: vnodes.max(1), tokens: BTreeSet::new(), names: BTreeSet::new() }
    }

    fn token(name: &Rc<str>, i: u32) -> Token {
        (hash64(&format!("{name}#{i}")), Rc::clone(name))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let name: Rc<str> = node.into();
        for i in 0..self.vnodes {
            self.tokens.insert(Self::token(&name, i));
        }
        self.names.insert(name)
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.names.take(node) {
            None => false,
            Some(name) => {
                for i in 0..self.vnodes {
                    self.tokens.remove(&Self::token(&name, i));
                }
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| n.as_ref()).collect()
    }

    /// Every token clockwise from `h`, once round the circle.
    fn clockwise(&self, h: u64) -> impl Iterator<Item = &Token> {
        let start: Token = (h, Rc::from(""));
        let after = self.tokens.range((Included(start.clone()), Unbounded));
        let before = self.tokens.range((Unbounded, Excluded(start)));
        after.chain(before)
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.clockwise(hash64(key)).next().map(|(_, name)| name.as_ref())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        self.clockwise(hash64(key))
            .map(|(_, name)| name.as_ref())
            .filter(|name| seen.insert(*name))
            .take(count.min(self.names.len()))
            .collect()
    }
}
