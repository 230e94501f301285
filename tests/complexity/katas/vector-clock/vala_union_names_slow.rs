// learner: slow
// idiom: vala: compare first gathers the union of all node names into a sorted BTreeSet, then compares get() for each name
// why: misses compare's O(1) extra space (and O(a + b) time): the union set copies up to a + b names, O(a + b) space and O((a + b) log(a + b)) time
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.counters.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.counters.entry(node.to_string()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &v) in &other.counters {
            let e = self.counters.entry(node.clone()).or_insert(0);
            if v > *e {
                *e = v;
            }
        }
    }

    fn all_nodes(&self, other: &VectorClock) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        for k in self.counters.keys() {
            names.insert(k.clone());
        }
        for k in other.counters.keys() {
            names.insert(k.clone());
        }
        names
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut before = false;
        let mut after = false;
        for name in self.all_nodes(other) {
            let a = self.get(&name);
            let b = other.get(&name);
            if a < b {
                before = true;
            } else if a > b {
                after = true;
            }
        }
        if before && after {
            Causality::Concurrent
        } else if before {
            Causality::Before
        } else if after {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
