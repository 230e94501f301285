// learner: optimal
// idiom: HashMap<String, u64> with get_mut-then-insert, compare as two boolean flags over two passes matched as a tuple
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
        VectorClock { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(c) = self.counters.get_mut(node) {
            *c += 1;
            return *c;
        }
        self.counters.insert(node.to_string(), 1);
        1
    }

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

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for (node, &mine) in &self.counters {
            let theirs = other.get(node);
            if mine < theirs {
                smaller = true;
            } else if mine > theirs {
                larger = true;
            }
        }
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
