// learner: slow
// why: VectorClock::compare is O((a + b) log(a + b)) time and O(a + b) space, target O(a + b) / O(1): gathers both clocks' node names into a Vec, sorts and dedups it, then walks it
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counts: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counts.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let e = self.counts.entry(node.to_owned()).or_insert(0);
        *e += 1;
        *e
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &v) in &other.counts {
            let e = self.counts.entry(node.clone()).or_insert(0);
            *e = (*e).max(v);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut nodes: Vec<&String> = self.counts.keys().chain(other.counts.keys()).collect();
        nodes.sort();
        nodes.dedup();
        let (mut before, mut after) = (false, false);
        for node in nodes {
            let (a, b) = (self.get(node), other.get(node));
            before |= a < b;
            after |= a > b;
        }
        match (before, after) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
