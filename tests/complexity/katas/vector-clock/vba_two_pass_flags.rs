// learner: optimal
// idiom: VBA-style: a Dictionary of counters, two explicit passes with saw_smaller/saw_bigger flags, If/ElseIf to pick the verdict
//! Vector clocks: one counter per node, compared pointwise.

use std::collections::HashMap;

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

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        let mut value: u64 = 0;
        if let Some(found) = self.counters.get(node) {
            value = *found;
        }
        value
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let mut new_value: u64 = 1;
        if let Some(slot) = self.counters.get_mut(node) {
            *slot = *slot + 1;
            new_value = *slot;
        } else {
            self.counters.insert(node.to_string(), new_value);
        }
        new_value
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node_name, their_value) in other.counters.iter() {
            let my_value: u64 = self.get(node_name);
            if *their_value > my_value {
                if let Some(slot) = self.counters.get_mut(node_name) {
                    *slot = *their_value;
                } else {
                    self.counters.insert(node_name.clone(), *their_value);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut saw_smaller: bool = false;
        let mut saw_bigger: bool = false;

        // pass 1: every node I know
        for (node_name, my_value) in self.counters.iter() {
            let their_value: u64 = other.get(node_name);
            if *my_value < their_value {
                saw_smaller = true;
            } else if *my_value > their_value {
                saw_bigger = true;
            }
        }
        // pass 2: nodes only the other one knows (mine is 0 there)
        for (node_name, their_value) in other.counters.iter() {
            let i_know_it: bool = self.counters.contains_key(node_name);
            if !i_know_it && *their_value > 0 {
                saw_smaller = true;
            }
        }

        let verdict: Causality;
        if saw_smaller && saw_bigger {
            verdict = Causality::Concurrent;
        } else if saw_smaller {
            verdict = Causality::Before;
        } else if saw_bigger {
            verdict = Causality::After;
        } else {
            verdict = Causality::Equal;
        }
        verdict
    }
}
