// learner: slow
// idiom: teenager who learnt programming in Scratch: make a list of every node name from both clocks first (only adding names that aren't in the list yet), then go through that list comparing
// why: compare builds a de-duplicated Vec of names with a linear "is it already in the list" check: O((a + b)^2) time and O(a + b) extra space vs O(a + b) time / O(1) space; get/increment/merge use the HashMap and are fine
//! Vector clocks: one counter per node, compared pointwise.

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
    numbers: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { numbers: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        if let Some(n) = self.numbers.get(node) {
            *n
        } else {
            0
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let n = self.get(node) + 1;
        self.numbers.insert(node.to_string(), n);
        n
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, n) in &other.numbers {
            let biggest = std::cmp::max(self.get(node), *n);
            self.numbers.insert(node.clone(), biggest);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        // step 1: a list with every name (no repeats)
        let mut all_names: Vec<&String> = Vec::new();
        for name in self.numbers.keys() {
            if !all_names.contains(&name) {
                all_names.push(name);
            }
        }
        for name in other.numbers.keys() {
            if !all_names.contains(&name) {
                all_names.push(name);
            }
        }
        // step 2: compare each name
        let mut smaller = 0;
        let mut bigger = 0;
        for name in all_names {
            let mine = self.get(name);
            let theirs = other.get(name);
            if mine < theirs {
                smaller += 1;
            }
            if mine > theirs {
                bigger += 1;
            }
        }
        if smaller > 0 && bigger > 0 {
            Causality::Concurrent
        } else if smaller > 0 {
            Causality::Before
        } else if bigger > 0 {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
