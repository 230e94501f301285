// learner: optimal
// idiom: Smalltalk-style: counterAt: with default 0, anySatisfy: as Iterator::any over each side, tiny predicate methods, entry API
//! Vector clocks: one counter per node, compared pointwise.

use std::collections::HashMap;

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

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
        self.counters.insert(node.to_owned(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            let mine = self.counters.entry(node.clone()).or_insert(0);
            *mine = (*mine).max(theirs);
        }
    }

    /// Some node where `self` is ahead of `other`.
    fn is_ahead_somewhere_of(&self, other: &VectorClock) -> bool {
        self.counters.iter().any(|(node, &mine)| mine > other.get(node))
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let ahead = self.is_ahead_somewhere_of(other);
        let behind = other.is_ahead_somewhere_of(self);
        match (ahead, behind) {
            (false, false) => Causality::Equal,
            (false, true) => Causality::Before,
            (true, false) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
