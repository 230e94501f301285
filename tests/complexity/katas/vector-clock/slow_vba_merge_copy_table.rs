// learner: slow
// why: VectorClock::merge is O(a) extra space, target O(b): it copies its own table first, fills a new one, then swaps it in
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
    table: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { table: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.table.get(node) {
            Some(v) => *v,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let old_value: u64 = self.get(node);
        let new_value: u64 = old_value + 1;
        self.table.insert(node.to_string(), new_value);
        new_value
    }

    pub fn merge(&mut self, other: &VectorClock) {
        // work on a copy so a half-finished merge never shows, then paste it back
        let mut result_table: HashMap<String, u64> = self.table.clone();
        for (node_name, their_value) in other.table.iter() {
            let current_value: u64 = match result_table.get(node_name) {
                Some(v) => *v,
                None => 0,
            };
            if *their_value > current_value {
                result_table.insert(node_name.clone(), *their_value);
            }
        }
        self.table = result_table;
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut any_lower: bool = false;
        let mut any_higher: bool = false;
        for (node_name, my_value) in self.table.iter() {
            let their_value: u64 = other.get(node_name);
            if *my_value < their_value {
                any_lower = true;
            }
            if *my_value > their_value {
                any_higher = true;
            }
        }
        for (node_name, their_value) in other.table.iter() {
            if !self.table.contains_key(node_name) && *their_value > 0 {
                any_lower = true;
            }
        }
        if any_lower && any_higher {
            return Causality::Concurrent;
        }
        if any_lower {
            return Causality::Before;
        }
        if any_higher {
            return Causality::After;
        }
        Causality::Equal
    }
}
