// learner: optimal
// idiom: ABAP-style: counter table as HashMap (READ TABLE WITH KEY), two explicit flag variables, LOOP AT with early exit
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
    counter_table: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counter_table: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.counter_table.get(node) {
            Some(counter_value) => *counter_value,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(counter_value) = self.counter_table.get_mut(node) {
            *counter_value += 1;
            return *counter_value;
        }
        self.counter_table.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (other_node_name, other_counter_value) in other.counter_table.iter() {
            match self.counter_table.get_mut(other_node_name) {
                Some(own_counter_value) => {
                    if *other_counter_value > *own_counter_value {
                        *own_counter_value = *other_counter_value;
                    }
                }
                None => {
                    self.counter_table.insert(other_node_name.clone(), *other_counter_value);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut self_has_smaller_counter = false;
        let mut self_has_larger_counter = false;

        for (own_node_name, own_counter_value) in self.counter_table.iter() {
            let other_counter_value = other.get(own_node_name);
            if *own_counter_value < other_counter_value {
                self_has_smaller_counter = true;
            } else if *own_counter_value > other_counter_value {
                self_has_larger_counter = true;
            }
            if self_has_smaller_counter && self_has_larger_counter {
                return Causality::Concurrent;
            }
        }
        for (other_node_name, other_counter_value) in other.counter_table.iter() {
            if self.counter_table.contains_key(other_node_name) {
                continue; // already compared in the first loop
            }
            if *other_counter_value > 0 {
                self_has_smaller_counter = true;
            }
        }

        if self_has_smaller_counter && self_has_larger_counter {
            Causality::Concurrent
        } else if self_has_smaller_counter {
            Causality::Before
        } else if self_has_larger_counter {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
