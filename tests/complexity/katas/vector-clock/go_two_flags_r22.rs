// learner: optimal
// idiom: Go-style map[string]uint64, two explicit passes with less/greater booleans, switch-like if chain at the end
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
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.counters.get(node) {
            Some(v) => *v,
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
        let mut less = false;
        let mut greater = false;
        for (node, &mine) in &self.counters {
            let theirs = other.get(node);
            if mine < theirs {
                less = true;
            } else if mine > theirs {
                greater = true;
            }
        }
        for (node, &theirs) in &other.counters {
            if !self.counters.contains_key(node) && theirs > 0 {
                less = true;
            }
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
