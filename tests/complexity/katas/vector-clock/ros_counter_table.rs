// learner: optimal
// idiom: ROS-style C++: plain struct with a HashMap table, two status flags, explicit for-loops and early exit once concurrent
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::collections::HashMap;

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    table: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { table: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.table.get(node) {
            Some(v) => *v,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(v) = self.table.get_mut(node) {
            *v += 1;
            return *v;
        }
        self.table.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, theirs) in other.table.iter() {
            match self.table.get_mut(node.as_str()) {
                Some(mine) => {
                    if *theirs > *mine {
                        *mine = *theirs;
                    }
                }
                None => {
                    self.table.insert(node.clone(), *theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut self_smaller = false;
        let mut self_larger = false;
        // pass 1: every node this clock knows
        for (node, mine) in self.table.iter() {
            let theirs = other.get(node);
            if *mine < theirs {
                self_smaller = true;
            } else if *mine > theirs {
                self_larger = true;
            }
            if self_smaller && self_larger {
                return Causality::Concurrent;
            }
        }
        // pass 2: nodes only the other clock knows (we count 0 there)
        for (node, theirs) in other.table.iter() {
            if *theirs > 0 && !self.table.contains_key(node) {
                self_smaller = true;
                break;
            }
        }
        if self_smaller && self_larger {
            Causality::Concurrent
        } else if self_smaller {
            Causality::Before
        } else if self_larger {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
