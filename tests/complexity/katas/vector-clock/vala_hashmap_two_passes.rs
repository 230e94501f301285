// learner: optimal
// idiom: vala: HashMap<String, u64> counters, two boolean flags and two explicit passes in compare
// why: get/increment are one hash operation, O(1) expected; merge and compare look each entry of both clocks up once, O(a + b) expected; compare keeps two bools, merge only adds the other clock's new entries
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
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
        match self.counters.get(node) {
            Some(value) => *value,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(value) = self.counters.get_mut(node) {
            *value += 1;
            return *value;
        }
        self.counters.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, theirs) in &other.counters {
            match self.counters.get_mut(node) {
                Some(mine) => {
                    if *theirs > *mine {
                        *mine = *theirs;
                    }
                }
                None => {
                    self.counters.insert(node.clone(), *theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut self_smaller = false;
        let mut self_larger = false;
        // pass 1: every node this clock knows
        for (node, mine) in &self.counters {
            let theirs = other.get(node);
            if *mine < theirs {
                self_smaller = true;
            } else if *mine > theirs {
                self_larger = true;
            }
        }
        // pass 2: nodes only the other clock knows (we have 0 there)
        for (node, theirs) in &other.counters {
            if !self.counters.contains_key(node) && *theirs > 0 {
                self_smaller = true;
            }
        }
        match (self_smaller, self_larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
