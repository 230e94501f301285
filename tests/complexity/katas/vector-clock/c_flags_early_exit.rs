// learner: optimal
// idiom: C-programmer style: HashMap<String, u64>, compare with two flag variables and early return as soon as both are set, merge with get_mut then insert, if-heavy
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

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
    c: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { c: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.c.get(node) {
            Some(&v) => v,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(v) = self.c.get_mut(node) {
            *v += 1;
            return *v;
        }
        self.c.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in other.c.iter() {
            if let Some(mine) = self.c.get_mut(k) {
                if v > *mine {
                    *mine = v;
                }
            } else {
                self.c.insert(k.clone(), v);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for (k, &a) in self.c.iter() {
            let b = other.get(k);
            if a < b {
                less = true;
            }
            if a > b {
                more = true;
            }
            if less && more {
                return Causality::Concurrent;
            }
        }
        for (k, &b) in other.c.iter() {
            let a = self.get(k);
            if a < b {
                less = true;
            }
            if a > b {
                more = true;
            }
            if less && more {
                return Causality::Concurrent;
            }
        }
        if less {
            Causality::Before
        } else if more {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
