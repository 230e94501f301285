// learner: optimal
// idiom: Go-style single pass over self with a matched-keys counter (other's extra keys imply "less"), early exit once concurrent, Box<str> keys
//! Vector clocks: one counter per node, compared pointwise.

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
    by_node: HashMap<Box<str>, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.by_node.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.by_node.entry(Box::from(node)).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, v) in other.by_node.iter() {
            let c = self.by_node.entry(node.clone()).or_insert(0);
            if *v > *c {
                *c = *v;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        // Every stored counter is >= 1 (entries only come from increment/merge),
        // so a node only `other` knows makes `self` smaller there.
        let mut lt = false;
        let mut gt = false;
        let mut shared = 0usize;
        for (node, mine) in self.by_node.iter() {
            let theirs = match other.by_node.get(node) {
                Some(t) => {
                    shared += 1;
                    *t
                }
                None => 0,
            };
            if *mine < theirs {
                lt = true;
            }
            if *mine > theirs {
                gt = true;
            }
            if lt && gt {
                return Causality::Concurrent;
            }
        }
        if other.by_node.len() > shared {
            lt = true;
        }
        match (lt, gt) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
