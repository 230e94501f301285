// learner: optimal
// idiom: Unison: one pass over my entries with early exit, then a size argument instead of a second pass: every stored counter is >= 1, so "they know a node I don't" is just "they have more keys than we share"
//! Vector clocks: one counter per node, compared pointwise.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

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

/// A counter per node; nodes not mentioned have counter 0.
/// Invariant: every stored counter is at least 1 (a 0 is simply not stored).
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    nodes: HashMap<String, u64>,
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        VectorClock::default()
    }

    /// The counter of `node` (0 if it was never incremented).
    pub fn get(&self, node: &str) -> u64 {
        match self.nodes.get(node) {
            Some(&n) => n,
            None => 0,
        }
    }

    /// Records a local event on `node` and returns its new counter.
    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(slot) = self.nodes.get_mut(node) {
            *slot += 1;
            return *slot;
        }
        self.nodes.insert(node.to_owned(), 1);
        1
    }

    /// Takes the pointwise maximum with `other`.
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &count) in other.nodes.iter() {
            if count == 0 {
                continue; // keep the invariant
            }
            match self.nodes.entry(node.to_owned()) {
                Entry::Occupied(mut e) => {
                    if count > *e.get() {
                        e.insert(count);
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(count);
                }
            }
        }
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        let mut shared = 0usize;
        for (node, &mine) in &self.nodes {
            match other.nodes.get(node) {
                Some(&theirs) => {
                    shared += 1;
                    smaller |= mine < theirs;
                    larger |= mine > theirs;
                }
                None => larger |= mine > 0,
            }
            if smaller && larger {
                return Causality::Concurrent;
            }
        }
        // nodes only `other` knows all have counter >= 1 > my 0
        smaller |= other.nodes.len() > shared;
        match (smaller, larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
