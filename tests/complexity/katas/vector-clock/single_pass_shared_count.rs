// learner: optimal
// idiom: single pass over self with Ordering match; nodes only the other clock knows are detected by counting matched keys (every stored counter is >= 1)
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

use std::cmp::Ordering;
use std::collections::HashMap;

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    // Invariant: every stored counter is at least 1 (entries are only made by
    // increment, or copied by merge from a clock with the same invariant).
    ticks: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { ticks: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.ticks.get(node) {
            Some(&t) => t,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(t) = self.ticks.get_mut(node) {
            *t += 1;
            return *t;
        }
        self.ticks.insert(node.to_owned(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.ticks {
            match self.ticks.get_mut(node.as_str()) {
                Some(mine) if *mine >= theirs => {}
                Some(mine) => *mine = theirs,
                None => {
                    self.ticks.insert(node.clone(), theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        let mut shared = 0usize;
        for (node, &mine) in &self.ticks {
            let theirs = match other.ticks.get(node) {
                Some(&t) => {
                    shared += 1;
                    t
                }
                None => 0,
            };
            match mine.cmp(&theirs) {
                Ordering::Less => smaller = true,
                Ordering::Greater => larger = true,
                Ordering::Equal => {}
            }
            if smaller && larger {
                return Causality::Concurrent;
            }
        }
        // other has nodes we never heard of, each with a counter >= 1
        if other.ticks.len() > shared {
            smaller = true;
        }
        match (smaller, larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
