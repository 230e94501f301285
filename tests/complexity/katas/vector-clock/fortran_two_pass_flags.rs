// learner: optimal
// idiom: Fortran port: two explicit passes with lt/gt logical flags, early exit once both are set, if-ladder for the result
//! Vector clocks: one counter per node, compared pointwise.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::collections::HashMap;

/// A counter per node; nodes not mentioned have counter 0.
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
            Some(v) => *v,
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
        for (k, vo) in other.c.iter() {
            match self.c.get_mut(k) {
                Some(vs) => {
                    if *vo > *vs {
                        *vs = *vo;
                    }
                }
                None => {
                    self.c.insert(k.clone(), *vo);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut lt = false; // some counter of self smaller
        let mut gt = false; // some counter of self larger
        // pass 1: nodes of self
        for (k, vs) in self.c.iter() {
            let vo = other.get(k);
            if *vs < vo {
                lt = true;
            } else if *vs > vo {
                gt = true;
            }
            if lt && gt {
                return Causality::Concurrent;
            }
        }
        // pass 2: nodes only other knows (self has 0 there)
        for (k, vo) in other.c.iter() {
            if !self.c.contains_key(k) && *vo > 0 {
                lt = true;
                break;
            }
        }
        if lt && gt {
            Causality::Concurrent
        } else if lt {
            Causality::Before
        } else if gt {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
