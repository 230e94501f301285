// learner: optimal
// idiom: beginner style, get-then-insert with cloned keys, explicit for loops over both maps, early return Concurrent, if ladder
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
    map: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { map: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        if let Some(v) = self.map.get(node) {
            return *v;
        }
        return 0;
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let new_value = self.get(node) + 1;
        self.map.insert(node.to_string(), new_value);
        return new_value;
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, value) in other.map.iter() {
            let current = self.get(node);
            if *value > current {
                self.map.insert(node.clone(), *value);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut self_smaller = false;
        let mut self_bigger = false;
        // nodes self knows
        for (node, value) in self.map.iter() {
            let theirs = other.get(node);
            if *value < theirs {
                self_smaller = true;
            }
            if *value > theirs {
                self_bigger = true;
            }
            if self_smaller && self_bigger {
                return Causality::Concurrent;
            }
        }
        // nodes only other knows: self has 0 there
        for (node, value) in other.map.iter() {
            if self.map.contains_key(node) {
                continue;
            }
            if *value > 0 {
                self_smaller = true;
            }
        }
        if self_smaller && self_bigger {
            return Causality::Concurrent;
        }
        if self_smaller {
            return Causality::Before;
        }
        if self_bigger {
            return Causality::After;
        }
        return Causality::Equal;
    }
}
