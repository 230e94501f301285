// learner: optimal
// idiom: teenager who learnt programming in Scratch: a map of "node name -> counter" variables, compare by walking both maps and raising two flags (I'm bigger somewhere / they're bigger somewhere)
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::collections::HashMap;

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        // nodes I never heard of are 0
        match self.counters.get(node) {
            Some(n) => *n,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let new_value = self.get(node) + 1;
        self.counters.insert(node.to_string(), new_value);
        new_value
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, their_count) in &other.counters {
            if *their_count > self.get(node) {
                self.counters.insert(node.clone(), *their_count);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut i_am_bigger_somewhere = false;
        let mut they_are_bigger_somewhere = false;
        // check all my nodes
        for (node, my_count) in &self.counters {
            let their_count = other.get(node);
            if *my_count > their_count {
                i_am_bigger_somewhere = true;
            }
            if *my_count < their_count {
                they_are_bigger_somewhere = true;
            }
        }
        // check their nodes too (some I might not have at all)
        for (node, their_count) in &other.counters {
            let my_count = self.get(node);
            if *their_count > my_count {
                they_are_bigger_somewhere = true;
            }
            if *their_count < my_count {
                i_am_bigger_somewhere = true;
            }
        }
        if i_am_bigger_somewhere && they_are_bigger_somewhere {
            Causality::Concurrent
        } else if i_am_bigger_somewhere {
            Causality::After
        } else if they_are_bigger_somewhere {
            Causality::Before
        } else {
            Causality::Equal
        }
    }
}
