// learner: optimal
// idiom: Go-style: helper dominates(a, b) with early return, two calls combined in an if/else ladder, explicit for loops, get_mut-then-insert
//! Vector clocks.
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

// true if every counter of a is <= the matching counter of b
fn all_le(a: &HashMap<String, u64>, b: &HashMap<String, u64>) -> bool {
    for (node, &n) in a {
        let m = match b.get(node) {
            Some(&m) => m,
            None => 0,
        };
        if n > m {
            return false;
        }
    }
    true
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.counters.get(node) {
            Some(&v) => v,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(v) = self.counters.get_mut(node) {
            *v += 1;
            return *v;
        }
        self.counters.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            if let Some(mine) = self.counters.get_mut(node) {
                if theirs > *mine {
                    *mine = theirs;
                }
                continue;
            }
            if theirs > 0 {
                self.counters.insert(node.clone(), theirs);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let le = all_le(&self.counters, &other.counters);
        let ge = all_le(&other.counters, &self.counters);
        if le && ge {
            return Causality::Equal;
        }
        if le {
            return Causality::Before;
        }
        if ge {
            return Causality::After;
        }
        Causality::Concurrent
    }
}
