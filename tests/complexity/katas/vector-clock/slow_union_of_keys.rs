// learner: slow
// why: VectorClock::compare is O(a + b) space, target O(1): builds a HashSet of every node name of both clocks before comparing
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    map: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.map.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let v = self.get(node) + 1;
        self.map.insert(node.to_string(), v);
        v
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, v) in &other.map {
            let m = self.get(k).max(*v);
            self.map.insert(k.clone(), m);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let all_nodes: HashSet<&String> = self.map.keys().chain(other.map.keys()).collect();
        let mut before = false;
        let mut after = false;
        for node in all_nodes {
            let (a, b) = (self.get(node), other.get(node));
            if a < b {
                before = true;
            } else if a > b {
                after = true;
            }
        }
        if before && after {
            Causality::Concurrent
        } else if before {
            Causality::Before
        } else if after {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
