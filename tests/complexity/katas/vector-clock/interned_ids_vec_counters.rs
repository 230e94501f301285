// learner: optimal
// idiom: node names interned to dense indices (HashMap<String, usize>) with counters in a Vec<u64>; while loops and early return in compare
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

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    index: HashMap<String, usize>,
    names: Vec<String>,
    counts: Vec<u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { index: HashMap::new(), names: Vec::new(), counts: Vec::new() }
    }

    fn slot(&mut self, node: &str) -> usize {
        if let Some(&i) = self.index.get(node) {
            return i;
        }
        let i = self.counts.len();
        self.index.insert(node.to_string(), i);
        self.names.push(node.to_string());
        self.counts.push(0);
        i
    }

    pub fn get(&self, node: &str) -> u64 {
        self.index.get(node).map_or(0, |&i| self.counts[i])
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let i = self.slot(node);
        self.counts[i] += 1;
        self.counts[i]
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut j = 0;
        while j < other.counts.len() {
            let v = other.counts[j];
            if v > self.get(&other.names[j]) {
                let i = self.slot(&other.names[j]);
                self.counts[i] = v;
            }
            j += 1;
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        let mut i = 0;
        while i < self.counts.len() {
            let theirs = other.get(&self.names[i]);
            if self.counts[i] < theirs {
                smaller = true;
            }
            if self.counts[i] > theirs {
                larger = true;
            }
            if smaller && larger {
                return Causality::Concurrent;
            }
            i += 1;
        }
        let mut j = 0;
        while j < other.counts.len() {
            if other.counts[j] > self.get(&other.names[j]) {
                smaller = true;
            }
            if other.counts[j] < self.get(&other.names[j]) {
                larger = true;
            }
            j += 1;
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
