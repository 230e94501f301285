// learner: slow
// why: VectorClock::merge is O(a + b) space, target O(b): builds a fresh map from a clone of self and swaps it in
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
        *self.counts.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.counts.entry(node.to_string()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut merged = self.counts.clone();
        for (k, v) in &other.counts {
            let e = merged.entry(k.clone()).or_insert(0);
            *e = (*e).max(*v);
        }
        self.counts = merged;
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut before = false;
        let mut after = false;
        for key in self.counts.keys().chain(other.counts.keys()) {
            let (a, b) = (self.get(key), other.get(key));
            before |= a < b;
            after |= a > b;
        }
        match (before, after) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
