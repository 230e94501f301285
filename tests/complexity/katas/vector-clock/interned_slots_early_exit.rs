// learner: optimal
// idiom: node names interned to slots (HashMap<String, usize> + Vec<u64>), while loops over the slot table, early exit once concurrent
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
    slot_of: HashMap<String, usize>,
    names: Vec<String>,
    counts: Vec<u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { slot_of: HashMap::new(), names: Vec::new(), counts: Vec::new() }
    }

    fn slot(&mut self, node: &str) -> usize {
        if let Some(&s) = self.slot_of.get(node) {
            return s;
        }
        let s = self.counts.len();
        self.slot_of.insert(node.to_string(), s);
        self.names.push(node.to_string());
        self.counts.push(0);
        s
    }

    pub fn get(&self, node: &str) -> u64 {
        if let Some(&s) = self.slot_of.get(node) {
            self.counts[s]
        } else {
            0
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let s = self.slot(node);
        self.counts[s] += 1;
        self.counts[s]
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut i = 0;
        while i < other.names.len() {
            let theirs = other.counts[i];
            if theirs > 0 {
                let s = self.slot(&other.names[i]);
                if self.counts[s] < theirs {
                    self.counts[s] = theirs;
                }
            }
            i += 1;
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        let mut i = 0;
        while i < self.names.len() && !(less && greater) {
            let a = self.counts[i];
            let b = other.get(&self.names[i]);
            if a < b {
                less = true;
            }
            if a > b {
                greater = true;
            }
            i += 1;
        }
        let mut j = 0;
        while j < other.names.len() && !(less && greater) {
            let b = other.counts[j];
            if b > self.get(&other.names[j]) {
                less = true;
            }
            j += 1;
        }
        if less && greater {
            Causality::Concurrent
        } else if less {
            Causality::Before
        } else if greater {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
