// learner: slow
// why: VectorClock::compare is O(a + b) space, target O(1): clones self and merges other into the copy, then checks equality both ways
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

#[derive(Debug, Clone, Default, PartialEq)]
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
        let c = self.counters.entry(node.to_string()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &v) in &other.counters {
            let c = self.counters.entry(node.clone()).or_insert(0);
            if v > *c {
                *c = v;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        // self <= other exactly when merging self into other changes nothing
        let mut joined = other.clone();
        joined.merge(self);
        let self_le_other = joined == *other;
        let mut joined_back = self.clone();
        joined_back.merge(other);
        let other_le_self = joined_back == *self;
        match (self_le_other, other_le_self) {
            (true, true) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Concurrent,
        }
    }
}
