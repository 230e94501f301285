// learner: slow
// why: VectorClock::compare uses O(a + b) extra space, target O(1): builds the union of both key sets in a HashSet and then walks it
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

use std::collections::{HashMap, HashSet};

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    c: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { c: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.c.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let v = self.get(node) + 1;
        self.c.insert(node.to_string(), v);
        v
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in other.c.iter() {
            let m = self.get(k);
            if v > m {
                self.c.insert(k.clone(), v);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut all: HashSet<&str> = HashSet::new();
        for k in self.c.keys() {
            all.insert(k.as_str());
        }
        for k in other.c.keys() {
            all.insert(k.as_str());
        }
        let mut lt = false;
        let mut gt = false;
        for k in all {
            let x = self.get(k);
            let y = other.get(k);
            if x < y {
                lt = true;
            }
            if x > y {
                gt = true;
            }
        }
        if lt && gt {
            Causality::Concurrent
        } else if lt {
            Causality::Before
        } else if gt {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
