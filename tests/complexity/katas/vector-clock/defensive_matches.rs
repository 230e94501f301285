// learner: optimal
// idiom: defensive beginner: explicit matches, early returns for empty clocks, checked_add on increment
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
    counts: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counts: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.counts.get(node) {
            Some(value) => *value,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = match self.counts.get_mut(node) {
            Some(slot) => slot,
            None => {
                self.counts.insert(node.to_string(), 0);
                match self.counts.get_mut(node) {
                    Some(slot) => slot,
                    None => unreachable!("just inserted"),
                }
            }
        };
        let next = match slot.checked_add(1) {
            Some(n) => n,
            None => panic!("counter overflow for node {node:?}"),
        };
        *slot = next;
        next
    }

    pub fn merge(&mut self, other: &VectorClock) {
        if other.counts.is_empty() {
            return;
        }
        for (node, value) in other.counts.iter() {
            match self.counts.get_mut(node) {
                Some(mine) => {
                    if *value > *mine {
                        *mine = *value;
                    }
                }
                None => {
                    self.counts.insert(node.clone(), *value);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        if self.counts.is_empty() && other.counts.is_empty() {
            return Causality::Equal;
        }
        let mut smaller = false;
        let mut larger = false;
        for (node, mine) in self.counts.iter() {
            let theirs = match other.counts.get(node) {
                Some(v) => *v,
                None => 0,
            };
            if *mine < theirs {
                smaller = true;
            }
            if *mine > theirs {
                larger = true;
            }
            if smaller && larger {
                return Causality::Concurrent;
            }
        }
        for (node, theirs) in other.counts.iter() {
            if self.counts.contains_key(node) {
                continue;
            }
            if *theirs > 0 {
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
