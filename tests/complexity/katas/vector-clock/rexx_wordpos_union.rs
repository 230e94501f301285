// learner: slow
// idiom: REXX: build an ALL_NODES word list first (no duplicates, checked like WORDPOS before each append), then DO over it comparing COUNTER values
// why: the union list is de-duplicated with a linear contains per name: O((a + b)^2) per compare even though the counters sit in a HashMap

/* REXX-style: IF WORDPOS(node, ALL_NODES) = 0 THEN ALL_NODES = ALL_NODES node */

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// (self had a smaller counter somewhere, self had a bigger counter somewhere) -> verdict
fn verdict(self_smaller: bool, self_bigger: bool) -> Causality {
    match (self_smaller, self_bigger) {
        (false, false) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (true, true) => Causality::Concurrent,
    }
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counter_stem: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counter_stem.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.counter_stem.entry(node.to_string()).or_insert(0);
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node_name, &their_count) in &other.counter_stem {
            let slot = self.counter_stem.entry(node_name.clone()).or_insert(0);
            if their_count > *slot {
                *slot = their_count;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut all_nodes: Vec<&str> = Vec::new();
        for node_name in self.counter_stem.keys().chain(other.counter_stem.keys()) {
            if !all_nodes.contains(&node_name.as_str()) {
                all_nodes.push(node_name.as_str());
            }
        }
        let mut smaller_seen = false;
        let mut bigger_seen = false;
        for node_name in all_nodes {
            let mine = self.get(node_name);
            let theirs = other.get(node_name);
            if mine < theirs {
                smaller_seen = true;
            }
            if mine > theirs {
                bigger_seen = true;
            }
        }
        verdict(smaller_seen, bigger_seen)
    }
}
