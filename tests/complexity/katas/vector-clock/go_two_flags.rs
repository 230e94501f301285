// learner: optimal
// idiom: Go-style: map[string]uint64 as HashMap, explicit for-range loops, two bool flags, switch-like if chain
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
        for (node, theirs) in &other.counters {
            if let Some(mine) = self.counters.get_mut(node) {
                if *theirs > *mine {
                    *mine = *theirs;
                }
                continue;
            }
            self.counters.insert(node.clone(), *theirs);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for (node, mine) in &self.counters {
            let theirs = other.get(node);
            if *mine < theirs {
                smaller = true;
            } else if *mine > theirs {
                larger = true;
            }
        }
        for (node, theirs) in &other.counters {
            if !self.counters.contains_key(node) && *theirs > 0 {
                smaller = true;
            }
        }
        if smaller && larger {
            return Causality::Concurrent;
        }
        if smaller {
            return Causality::Before;
        }
        if larger {
            return Causality::After;
        }
        Causality::Equal
    }
}
