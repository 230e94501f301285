// learner: optimal
// idiom: one pass over other + shared-entry count to detect self-only nodes, match guards in merge, Ordering match
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
/// Invariant: every stored counter is >= 1 (entries only appear through increment or merge).
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.ticks.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.ticks.get_mut(node) {
            Some(t) => {
                *t += 1;
                *t
            }
            None => {
                self.ticks.insert(node.to_string(), 1);
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &t) in other.ticks.iter() {
            match self.ticks.get_mut(node) {
                Some(mine) if *mine >= t => {}
                Some(mine) => *mine = t,
                None => {
                    self.ticks.insert(node.clone(), t);
                }
            }
        }
    }

    /// One pass over `other`; nodes of `self` that `other` lacks are detected by counting.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        let mut shared = 0usize;
        for (node, &theirs) in &other.ticks {
            match self.ticks.get(node) {
                None => less = true, // self has 0 there and theirs >= 1
                Some(&mine) => {
                    shared += 1;
                    match mine.cmp(&theirs) {
                        Ordering::Less => less = true,
                        Ordering::Greater => greater = true,
                        Ordering::Equal => {}
                    }
                }
            }
        }
        if shared < self.ticks.len() {
            greater = true; // self has a node (counter >= 1) that other lacks
        }
        match (less, greater) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
