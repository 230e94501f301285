// learner: optimal
// idiom: REXX: COUNTER.node compound variable as a HashMap, compare with two flag variables and two passes (mine, then the ones only the other knows)
// why: each entry of both clocks is looked up once in the other clock's map: O(a + b) expected; get/increment are one hash op

/* REXX-style: SMALLER_SEEN / BIGGER_SEEN flags, then SELECT on the pair */

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// (self had a smaller counter somewhere, self had a bigger counter somewhere) -> verdict
fn verdict(self_smaller: bool, self_bigger: bool) -> Causality {
    match (self_smaller, self_bigger) {
        (false, false) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (true, true) => Causality::Concurrent,
    }
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counter_stem: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counter_stem: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.counter_stem.get(node) {
            Some(&n) => n,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(slot) = self.counter_stem.get_mut(node) {
            *slot += 1;
            return *slot;
        }
        self.counter_stem.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node_name, &their_count) in other.counter_stem.iter() {
            match self.counter_stem.get_mut(node_name) {
                Some(my_count) => {
                    if their_count > *my_count {
                        *my_count = their_count;
                    }
                }
                None => {
                    self.counter_stem.insert(node_name.clone(), their_count);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller_seen = false;
        let mut bigger_seen = false;
        // PASS 1: every node I know
        for (node_name, &my_count) in self.counter_stem.iter() {
            let their_count = other.get(node_name);
            if my_count < their_count {
                smaller_seen = true;
            } else if my_count > their_count {
                bigger_seen = true;
            }
        }
        // PASS 2: nodes only the other one knows (mine is 0 there)
        for (node_name, &their_count) in other.counter_stem.iter() {
            if !self.counter_stem.contains_key(node_name) && their_count > 0 {
                smaller_seen = true;
            }
        }
        verdict(smaller_seen, bigger_seen)
    }
}
