// learner: optimal
// idiom: Ballerina-style map<int> record: entry API, iterator any() chains, match on a (bool, bool) tuple
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

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let counter = self.counters.entry(node.to_owned()).or_insert(0);
        *counter += 1;
        *counter
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.counters.iter().for_each(|(node, &theirs)| {
            let mine = self.counters.entry(node.clone()).or_insert(0);
            *mine = (*mine).max(theirs);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let self_smaller = self.counters.iter().any(|(node, &mine)| mine < other.get(node))
            || other.counters.iter().any(|(node, &theirs)| theirs > self.get(node));
        let self_larger = self.counters.iter().any(|(node, &mine)| mine > other.get(node));
        match (self_smaller, self_larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
