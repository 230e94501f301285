// learner: optimal
// idiom: Java/C#-style: private helpers (getCounter, knowsNode, nodes()), flags object for the comparison
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

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

#[derive(Default)]
struct ComparisonFlags {
    self_smaller_somewhere: bool,
    self_larger_somewhere: bool,
}

impl ComparisonFlags {
    fn record(&mut self, mine: u64, theirs: u64) {
        if mine < theirs {
            self.self_smaller_somewhere = true;
        } else if mine > theirs {
            self.self_larger_somewhere = true;
        }
    }

    fn to_causality(&self) -> Causality {
        match (self.self_smaller_somewhere, self.self_larger_somewhere) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    fn get_counter(&self, node: &str) -> Option<u64> {
        self.counters.get(node).copied()
    }

    fn knows_node(&self, node: &str) -> bool {
        self.counters.contains_key(node)
    }

    fn nodes(&self) -> impl Iterator<Item = (&String, &u64)> {
        self.counters.iter()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.get_counter(node).unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let counter = self.counters.entry(node.to_string()).or_insert(0);
        *counter += 1;
        *counter
    }

    fn raise_to(&mut self, node: &str, value: u64) {
        match self.counters.get_mut(node) {
            Some(current) => {
                if value > *current {
                    *current = value;
                }
            }
            None => {
                self.counters.insert(node.to_string(), value);
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &value) in other.nodes() {
            self.raise_to(node, value);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut flags = ComparisonFlags::default();
        for (node, &mine) in self.nodes() {
            flags.record(mine, other.get(node));
        }
        for (node, &theirs) in other.nodes() {
            if !self.knows_node(node) {
                flags.record(0, theirs);
            }
        }
        flags.to_causality()
    }
}
