// learner: optimal
// idiom: straightforward intermediate style: HashMap + two mutable bools, for loops, and_modify/or_insert entry chains, if-else ladder for the verdict
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
    map: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.map.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.map.entry(node.to_string()).and_modify(|c| *c += 1).or_insert(1);
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, v) in other.map.iter() {
            self.map
                .entry(k.to_string())
                .and_modify(|mine| {
                    if *v > *mine {
                        *mine = *v
                    }
                })
                .or_insert(*v);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for (k, &a) in &self.map {
            let b = other.get(k);
            if a < b {
                smaller = true;
            }
            if a > b {
                larger = true;
            }
        }
        for (k, &b) in &other.map {
            if !self.map.contains_key(k) && b > 0 {
                smaller = true;
            }
        }
        if smaller && larger {
            Causality::Concurrent
        } else if smaller {
            Causality::Before
        } else if larger {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
