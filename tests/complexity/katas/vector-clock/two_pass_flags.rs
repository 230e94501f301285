// learner: optimal
// idiom: HashMap counters; compare in two passes (self's entries, then other's entries missing from self) setting two flags, with an early return once both are set; O(a + b), O(1)
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
    counters: HashMap<String, u64>,
}

fn verdict(less: bool, greater: bool) -> Causality {
    match (less, greater) {
        (false, false) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (true, true) => Causality::Concurrent,
    }
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.counters.entry(node.to_string()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            let mine = self.counters.entry(node.clone()).or_insert(0);
            if theirs > *mine {
                *mine = theirs;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (mut less, mut greater) = (false, false);
        for (node, &mine) in &self.counters {
            let theirs = other.get(node);
            if mine < theirs {
                less = true;
            } else if mine > theirs {
                greater = true;
            }
            if less && greater {
                return Causality::Concurrent;
            }
        }
        for (node, &theirs) in &other.counters {
            if theirs > 0 && !self.counters.contains_key(node) {
                less = true;
                break;
            }
        }
        verdict(less, greater)
    }
}
