//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::collections::HashMap;

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

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        Self::default()
    }

    /// The counter of `node` (0 if never incremented). O(1) expected.
    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    /// Records a local event on `node` and returns its new counter.
    /// O(1) expected.
    pub fn increment(&mut self, node: &str) -> u64 {
        let counter = match self.counters.get_mut(node) {
            Some(c) => c,
            None => self.counters.entry(node.to_string()).or_insert(0),
        };
        *counter += 1;
        *counter
    }

    /// Takes the pointwise maximum with `other` (what a node does when it
    /// receives a message or a replica). O(a + b) expected.
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            match self.counters.get_mut(node) {
                Some(mine) => *mine = (*mine).max(theirs),
                None => {
                    self.counters.insert(node.clone(), theirs);
                }
            }
        }
    }

    /// How `self` relates to `other`. O(a + b) expected.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false; // some counter of self < other's
        let mut larger = false; // some counter of self > other's
        for (node, &mine) in &self.counters {
            let theirs = other.get(node);
            smaller |= mine < theirs;
            larger |= mine > theirs;
        }
        // Nodes only `other` knows: there self has 0.
        for (node, &theirs) in &other.counters {
            if !self.counters.contains_key(node) && theirs > 0 {
                smaller = true;
            }
        }
        match (smaller, larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
