// learner: optimal
// idiom: private dominated_by() helper run in both directions with .all(); compare is a match on the two booleans
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    /// Every counter <= the other's, at least one strictly smaller.
    Before,
    /// Every counter >= the other's, at least one strictly larger.
    After,
    /// All counters equal.
    Equal,
    /// Some counter smaller and some larger: neither saw the other.
    Concurrent,
}

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    map: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.map.get(node) {
            Some(&v) => v,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let next = self.get(node) + 1;
        self.map.insert(node.to_string(), next);
        next
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, v) in other.map.iter() {
            if *v > self.get(k) {
                self.map.insert(k.clone(), *v);
            }
        }
    }

    /// Every counter of `self` is <= the same counter of `other`.
    fn dominated_by(&self, other: &VectorClock) -> bool {
        self.map.iter().all(|(k, &v)| v <= other.get(k))
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        match (self.dominated_by(other), other.dominated_by(self)) {
            (true, true) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Concurrent,
        }
    }
}
