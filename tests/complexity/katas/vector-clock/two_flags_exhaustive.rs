// learner: optimal
// idiom: Idris-style: HashMap<String,u64>, two witnesses (saw_less, saw_more) and an exhaustive match on the pair, proofs as comments
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
/// Invariant: no stored counter is 0 (absent means 0).
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.counters.get(node) {
            Some(&n) => n,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.counters.get_mut(node) {
            Some(n) => {
                *n += 1;
                *n
            }
            None => {
                self.counters.insert(node.to_string(), 1);
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            match self.counters.get_mut(node) {
                Some(mine) => {
                    if theirs > *mine {
                        *mine = theirs;
                    }
                }
                None => {
                    self.counters.insert(node.clone(), theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut saw_less = false; // witness: some node where self < other
        let mut saw_more = false; // witness: some node where self > other
        // Pass 1 covers every node self mentions (other's value may be 0).
        for (node, &mine) in &self.counters {
            let theirs = other.get(node);
            if mine < theirs {
                saw_less = true;
            } else if mine > theirs {
                saw_more = true;
            }
        }
        // Pass 2 covers the nodes only other mentions: there self is 0.
        for (node, &theirs) in &other.counters {
            if !self.counters.contains_key(node) && theirs > 0 {
                saw_less = true;
            }
        }
        match (saw_less, saw_more) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
