// learner: optimal
// idiom: iterator-heavy: fold-based hash, BTreeMap<u64, Rc<str>> + BTreeSet<Rc<str>>, range().chain() wrap-around
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// A deterministic 64-bit hash of a string: 64-bit FNV-1a over its UTF-8
/// bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3; per byte:
/// xor, then wrapping multiply), followed by MurmurHash3's `fmix64`
/// finaliser: `h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33;
/// h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33` (wrapping multiplications).
pub fn hash64(s: &str) -> u64 {
    let h = s
        .bytes()
        .fold(0xcbf29ce484222325_u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    [0xff51afd7ed558ccd_u64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(h ^ (h >> 33), |h, &m| {
            let h = h.wrapping_mul(m);
            h ^ (h >> 33)
        })
}

pub struct Ring {
    per_node: u32,
    tokens: BTreeMap<u64, Rc<str>>,
    members: BTreeSet<Rc<str>>,
}

impl Ring {
    fn positions<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.per_node).map(move |i| hash64(&format!("{node}#{i}")))
    }

    /// An empty ring that places `vnodes` virtual nodes per node (0 counts
    /// as 1). Virtual node `i` of node `n` sits at `hash64(&format!("{n}#{i}"))`.
    pub fn new(vnodes: u32) -> Self {
        Self { per_node: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        let positions: Vec<u64> = self.positions(node).collect();
        positions.into_iter().for_each(|p| {
            self.tokens.insert(p, Rc::clone(&name));
        });
        self.members.insert(name)
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for p in self.positions(node) {
            if self.tokens.get(&p).is_some_and(|owner| &**owner == node) {
                self.tokens.remove(&p);
            }
        }
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|n| &**n).collect()
    }

    /// The node owning `key`: the owner of the first virtual node at or
    /// after `hash64(key)`, wrapping round to the smallest position.
    /// None on an empty ring.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.tokens
            .range(h..)
            .next()
            .or_else(|| self.tokens.first_key_value())
            .map(|(_, n)| &**n)
    }

    /// The first `count` distinct nodes met walking clockwise from the key's
    /// position (its replica set, owner first); fewer if the ring has fewer
    /// nodes.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.members.len());
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        self.tokens
            .range(h..)
            .chain(self.tokens.range(..h))
            .map(|(_, n)| &**n)
            .filter(|n| seen.insert(*n))
            .take(want)
            .collect()
    }
}
