// learner: optimal
// idiom: Raku-flavoured: hash64 as a fold, Rc<str> shared names, HashSet-guarded replicas via iterator filter/take
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
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
    per_node: u32,
    circle: BTreeMap<u64, Rc<str>>,
    roster: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { per_node: vnodes.max(1), circle: BTreeMap::new(), roster: BTreeSet::new() }
    }

    fn points<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.per_node).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.roster.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        self.roster.insert(Rc::clone(&name));
        let pts: Vec<u64> = self.points(node).collect();
        pts.into_iter().for_each(|p| {
            self.circle.insert(p, Rc::clone(&name));
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.roster.remove(node) {
            return false;
        }
        for p in (0..self.per_node).map(|i| hash64(&format!("{node}#{i}"))) {
            if matches!(self.circle.get(&p), Some(owner) if &**owner == node) {
                self.circle.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.roster.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.circle
            .range(h..)
            .chain(self.circle.range(..h))
            .map(|(_, n)| &**n)
            .next()
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen = HashSet::new();
        self.circle
            .range(h..)
            .chain(self.circle.range(..h))
            .map(|(_, n)| &**n)
            .filter(|n| seen.insert(*n))
            .take(count.min(self.roster.len()))
            .collect()
    }
}
