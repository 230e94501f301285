// learner: slow
// idiom: Unison: build the union of both key sets as a deduplicated list (`List.distinct` by hand), then map each key to an Ordering and fold
// why: the union is deduplicated with a linear `contains` on a Vec for every key, so compare is O((a + b)^2) even though the counters live in a HashMap
//! Vector clocks: one counter per node, compared pointwise.

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

/// All node names either clock mentions, each once.
fn all_nodes<'a>(a: &'a VectorClock, b: &'a VectorClock) -> Vec<&'a str> {
    let mut seen: Vec<&'a str> = Vec::new();
    for node in a.counters.keys().chain(b.counters.keys()) {
        if !seen.contains(&node.as_str()) {
            seen.push(node.as_str());
        }
    }
    seen
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    /// The counter of `node` (0 if it was never incremented).
    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    /// Records a local event on `node` and returns its new counter.
    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.counters.entry(node.to_string()).or_insert(0);
        *c += 1;
        *c
    }

    /// Takes the pointwise maximum with `other`.
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &t) in &other.counters {
            let c = self.counters.entry(node.clone()).or_insert(0);
            *c = (*c).max(t);
        }
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (less, more) = all_nodes(self, other)
            .into_iter()
            .map(|n| (self.get(n), other.get(n)))
            .fold((false, false), |(l, m), (x, y)| (l || x < y, m || x > y));
        match (less, more) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
