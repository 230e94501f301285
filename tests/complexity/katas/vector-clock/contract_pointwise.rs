// learner: optimal
// idiom: Eiffel design-by-contract developer: named queries (is_less_or_equal) built from an all-pointwise helper, pre/postconditions as debug_asserts, and an invariant that no stored counter is zero
//! Vector clocks.

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
        let result = VectorClock::default();
        debug_assert!(result.invariant());
        result
    }

    /// Class invariant: only nodes that ticked are stored.
    fn invariant(&self) -> bool {
        self.counters.values().all(|&c| c > 0)
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let old = self.get(node);
        let counter = match self.counters.get_mut(node) {
            Some(c) => c,
            None => self.counters.entry(node.to_owned()).or_insert(0),
        };
        *counter += 1;
        let result = *counter;
        // ensure incremented: result = old + 1
        debug_assert_eq!(result, old + 1);
        result
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            match self.counters.get_mut(node.as_str()) {
                Some(mine) => *mine = (*mine).max(theirs),
                None => {
                    self.counters.insert(node.clone(), theirs);
                }
            }
        }
    }

    /// Is every counter of self <= the matching counter of other?
    fn is_less_or_equal(&self, other: &VectorClock) -> bool {
        // nodes missing in self are 0 there, so only self's entries can break it
        self.counters.iter().all(|(node, &c)| c <= other.get(node))
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let below = self.is_less_or_equal(other);
        let above = other.is_less_or_equal(self);
        let result = match (below, above) {
            (true, true) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Concurrent,
        };
        result
    }
}
