// learner: optimal
// idiom: Koka: names shared as Rc<str> between the member set and the ring; lookups go through a small `successor` handler closure over the BTreeMap (range(h..) then wrap), hash64 is a plain byte loop
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
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
    per_node: u32,
    circle: BTreeMap<u64, Rc<str>>,
    names: BTreeSet<Rc<str>>,
}

fn vnode_position(node: &str, i: u32) -> u64 {
    hash64(&format!("{node}#{i}"))
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { per_node: vnodes.max(1), circle: BTreeMap::new(), names: BTreeSet::new() }
    }

    /// A handler answering "who owns position h?" on this ring.
    fn successor<'a>(&'a self) -> impl Fn(u64) -> Option<&'a Rc<str>> + 'a {
        move |h| match self.circle.range(h..).next() {
            Some((_, name)) => Some(name),
            None => self.circle.iter().next().map(|(_, name)| name),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        match self.names.contains(node) {
            true => false,
            false => {
                let name: Rc<str> = Rc::from(node);
                (0..self.per_node).for_each(|i| {
                    self.circle.insert(vnode_position(node, i), Rc::clone(&name));
                });
                self.names.insert(name);
                true
            }
        }
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.names.take(node) {
            None => false,
            Some(name) => {
                for i in 0..self.per_node {
                    let pos = vnode_position(node, i);
                    let mine = matches!(self.circle.get(&pos), Some(owner) if Rc::ptr_eq(owner, &name));
                    if mine {
                        self.circle.remove(&pos);
                    }
                }
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let owner_of = self.successor();
        owner_of(hash64(key)).map(|n| &**n)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let target = count.min(self.names.len());
        let mut acc: Vec<&str> = Vec::with_capacity(target);
        let mut walk = self.circle.range(h..).chain(self.circle.range(..h));
        while acc.len() < target {
            match walk.next() {
                None => break,
                Some((_, n)) if acc.contains(&&**n) => continue,
                Some((_, n)) => acc.push(n),
            }
        }
        acc
    }
}
