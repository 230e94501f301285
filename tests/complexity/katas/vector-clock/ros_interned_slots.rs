// learner: optimal
// idiom: ROS-style C++: name->slot index map plus a dense Vec<u64> counter array, while-loops over slots, helper methods on the struct
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
    slot_of: HashMap<String, usize>,
    names: Vec<String>,
    ticks: Vec<u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { slot_of: HashMap::new(), names: Vec::new(), ticks: Vec::new() }
    }

    fn find(&self, node: &str) -> Option<usize> {
        self.slot_of.get(node).copied()
    }

    fn add_node(&mut self, node: &str, value: u64) {
        self.slot_of.insert(node.to_string(), self.ticks.len());
        self.names.push(node.to_string());
        self.ticks.push(value);
    }

    pub fn get(&self, node: &str) -> u64 {
        if let Some(i) = self.find(node) {
            self.ticks[i]
        } else {
            0
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.find(node) {
            Some(i) => {
                self.ticks[i] += 1;
                self.ticks[i]
            }
            None => {
                self.add_node(node, 1);
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut j = 0;
        while j < other.ticks.len() {
            let theirs = other.ticks[j];
            match self.find(&other.names[j]) {
                Some(i) => {
                    if self.ticks[i] < theirs {
                        self.ticks[i] = theirs;
                    }
                }
                None => self.add_node(&other.names[j], theirs),
            }
            j += 1;
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut lt = false;
        let mut gt = false;
        let mut i = 0;
        while i < self.ticks.len() {
            let theirs = other.get(&self.names[i]);
            let mine = self.ticks[i];
            if mine < theirs {
                lt = true;
            }
            if mine > theirs {
                gt = true;
            }
            i += 1;
        }
        let mut j = 0;
        while j < other.ticks.len() {
            if other.ticks[j] > 0 && self.find(&other.names[j]).is_none() {
                lt = true;
            }
            j += 1;
        }
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
