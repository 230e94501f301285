// learner: optimal
// idiom: iterator adapters: hash via fold, vnode tokens via map over 0..v, replicas via chain/scan/take_while
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet, HashSet};

pub fn hash64(s: &str) -> u64 {
    let fnv = s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    [0xff51afd7ed558ccdu64, 0xc4ceb9fe1a85ec53]
        .iter()
        .fold(fnv, |h, &m| (h ^ (h >> 33)).wrapping_mul(m))
        .pipe(|h| h ^ (h >> 33))
}

trait Pipe: Sized {
    fn pipe<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}
impl Pipe for u64 {}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), names: BTreeSet::new() }
    }

    fn tokens<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let entries: Vec<(u64, String)> = self.tokens(node).map(|t| (t, node.to_owned())).collect();
        self.ring.extend(entries);
        self.names.insert(node.to_owned());
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        let ring = &mut self.ring;
        (0..self.vnodes)
            .map(|i| hash64(&format!("{node}#{i}")))
            .for_each(|t| {
                if ring.get(&t).is_some_and(|o| o == node) {
                    ring.remove(&t);
                }
            });
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring.range(h..).chain(self.ring.range(..h)).next().map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.names.len());
        let h = hash64(key);
        let mut seen = HashSet::new();
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, n)| n.as_str())
            .filter(|n| seen.insert(*n))
            .scan(0usize, |taken, n| {
                *taken += 1;
                Some((*taken, n))
            })
            .take_while(|&(taken, _)| taken <= want)
            .map(|(_, n)| n)
            .collect()
    }
}
