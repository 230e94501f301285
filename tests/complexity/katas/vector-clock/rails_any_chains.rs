// learner: optimal
// idiom: Rails-style: HashMap<String, u64>, tiny query methods, any() chains for the two flags, match on the flag pair
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
        let counter = self.counters.entry(node.to_string()).or_insert(0);
        *counter += 1;
        *counter
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.counters.iter().for_each(|(node, &theirs)| {
            let mine = self.counters.entry(node.clone()).or_insert(0);
            *mine = (*mine).max(theirs);
        });
    }

    fn behind_somewhere(&self, other: &VectorClock) -> bool {
        self.counters.iter().any(|(node, &mine)| mine < other.get(node))
            || other.counters.iter().any(|(node, &theirs)| self.get(node) < theirs)
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        match (self.behind_somewhere(other), other.behind_somewhere(self)) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
