// learner: optimal
// idiom: HashMap<String, u64>, two boolean flags, explicit for loops with continue and early break
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
            Some(&c) => c,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(c) = self.counters.get_mut(node) {
            *c += 1;
            return *c;
        }
        self.counters.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in other.counters.iter() {
            if let Some(mine) = self.counters.get_mut(node.as_str()) {
                if theirs > *mine {
                    *mine = theirs;
                }
                continue;
            }
            self.counters.insert(node.clone(), theirs);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for (node, &mine) in self.counters.iter() {
            let theirs = other.get(node);
            if mine < theirs {
                smaller = true;
            } else if mine > theirs {
                larger = true;
            }
            if smaller && larger {
                return Causality::Concurrent;
            }
        }
        for (node, &theirs) in other.counters.iter() {
            if self.counters.contains_key(node.as_str()) {
                continue;
            }
            if theirs > 0 {
                smaller = true;
                break;
            }
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
