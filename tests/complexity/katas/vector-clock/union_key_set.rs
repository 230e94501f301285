// learner: slow
// why: VectorClock::compare is O(a + b) extra space, target O(1): builds a HashSet of all node names before comparing
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

use std::collections::{HashMap, HashSet};

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counts: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counts: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counts.get(node).cloned().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let n = self.get(node) + 1;
        self.counts.insert(node.to_string(), n);
        n
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, v) in &other.counts {
            if *v > self.get(k) {
                self.counts.insert(k.clone(), *v);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        // every node either clock knows about
        let mut all_nodes: HashSet<&String> = HashSet::new();
        for k in self.counts.keys() {
            all_nodes.insert(k);
        }
        for k in other.counts.keys() {
            all_nodes.insert(k);
        }
        let mut before = false;
        let mut after = false;
        for node in all_nodes {
            let a = self.get(node);
            let b = other.get(node);
            if a < b {
                before = true;
            }
            if a > b {
                after = true;
            }
        }
        match (before, after) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
