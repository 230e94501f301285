// learner: optimal
// idiom: Python-style: entry API for increment/merge, iterator chains with any()/all() over .iter(), match on a (bool, bool) tuple
//! Vector clocks.
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
    ticks: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.ticks.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.ticks.entry(node.to_owned()).or_insert(0);
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.ticks.iter().for_each(|(k, &v)| {
            let e = self.ticks.entry(k.clone()).or_insert(0);
            *e = (*e).max(v);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let ahead = self.ticks.iter().any(|(k, &v)| v > other.get(k));
        let behind = other.ticks.iter().any(|(k, &v)| v > self.get(k));
        match (ahead, behind) {
            (false, false) => Causality::Equal,
            (false, true) => Causality::Before,
            (true, false) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
