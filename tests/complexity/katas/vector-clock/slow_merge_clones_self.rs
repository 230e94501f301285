// learner: slow
// why: VectorClock::merge is O(a + b) space, target O(b): builds the merged map from a clone of self and swaps it in
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
    counts: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counts.get(node).copied().unwrap_or_default()
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let n = self.get(node) + 1;
        self.counts.insert(node.to_string(), n);
        n
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut merged = self.counts.clone();
        for (node, &t) in &other.counts {
            let e = merged.entry(node.clone()).or_insert(0);
            if t > *e {
                *e = t;
            }
        }
        self.counts = merged;
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        for node in self.counts.keys().chain(other.counts.keys()) {
            let (a, b) = (self.get(node), other.get(node));
            less |= a < b;
            greater |= a > b;
        }
        match (less, greater) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
