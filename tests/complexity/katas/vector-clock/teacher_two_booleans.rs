// learner: optimal
// idiom: teacher style, HashMap field, two named booleans, for loops with comments, explicit if chains
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    // one counter per node name
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        let empty_counters = HashMap::new();
        VectorClock { counters: empty_counters }
    }

    pub fn get(&self, node: &str) -> u64 {
        // a node we never heard of has counter 0
        let found = self.counters.get(node);
        if let Some(value) = found {
            return *value;
        }
        0
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        // Step 1: read the old counter
        let old_value = self.get(node);
        // Step 2: add one
        let new_value = old_value + 1;
        // Step 3: store it back (the key is copied only when it is new)
        if let Some(slot) = self.counters.get_mut(node) {
            *slot = new_value;
        } else {
            self.counters.insert(node.to_string(), new_value);
        }
        new_value
    }

    pub fn merge(&mut self, other: &VectorClock) {
        // for every node of the other clock, keep the bigger counter
        for (node, their_value) in &other.counters {
            let my_value = self.get(node);
            if *their_value > my_value {
                if let Some(slot) = self.counters.get_mut(node) {
                    *slot = *their_value;
                } else {
                    self.counters.insert(node.clone(), *their_value);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut i_am_smaller_somewhere = false;
        let mut i_am_bigger_somewhere = false;

        // pass 1: my nodes (other may have 0 for them)
        for (node, my_value) in &self.counters {
            let their_value = other.get(node);
            if *my_value < their_value {
                i_am_smaller_somewhere = true;
            }
            if *my_value > their_value {
                i_am_bigger_somewhere = true;
            }
        }

        // pass 2: their nodes (I may have 0 for them)
        for (node, their_value) in &other.counters {
            let my_value = self.get(node);
            if my_value < *their_value {
                i_am_smaller_somewhere = true;
            }
            if my_value > *their_value {
                i_am_bigger_somewhere = true;
            }
        }

        if i_am_smaller_somewhere && i_am_bigger_somewhere {
            Causality::Concurrent
        } else if i_am_smaller_somewhere {
            Causality::Before
        } else if i_am_bigger_somewhere {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
