// learner: optimal
// idiom: heavy generics: a PartialOrder-like trait with a generic pointwise comparison over any map-like Counters
//! Vector clocks: one counter per node, compared pointwise.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::collections::HashMap;
use std::hash::Hash;

/// Anything that maps keys to counters, absent keys counting as 0.
trait Counters<K> {
    fn counter(&self, key: &K) -> u64;
    fn has(&self, key: &K) -> bool;
    fn entries<'a>(&'a self) -> Box<dyn Iterator<Item = (&'a K, u64)> + 'a>;
}

impl<K: Eq + Hash> Counters<K> for HashMap<K, u64> {
    fn counter(&self, key: &K) -> u64 {
        self.get(key).copied().unwrap_or(0)
    }
    fn has(&self, key: &K) -> bool {
        self.contains_key(key)
    }
    fn entries<'a>(&'a self) -> Box<dyn Iterator<Item = (&'a K, u64)> + 'a> {
        Box::new(self.iter().map(|(k, &v)| (k, v)))
    }
}

/// Pointwise comparison of two counter maps: (some a < b, some a > b).
fn pointwise<K, A: Counters<K>, B: Counters<K>>(a: &A, b: &B) -> (bool, bool) {
    let mut lt = false;
    let mut gt = false;
    for (k, va) in a.entries() {
        let vb = b.counter(k);
        lt |= va < vb;
        gt |= va > vb;
    }
    for (k, vb) in b.entries() {
        if !a.has(k) {
            lt |= vb > 0;
        }
    }
    (lt, gt)
}

fn classify(flags: (bool, bool)) -> Causality {
    match flags {
        (false, false) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (true, true) => Causality::Concurrent,
    }
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    map: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.map.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.map.entry(node.to_owned()).or_default();
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in &other.map {
            match self.map.get_mut(k) {
                Some(mine) => *mine = (*mine).max(v),
                None => {
                    self.map.insert(k.clone(), v);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        classify(pointwise(&self.map, &other.map))
    }
}
