// learner: optimal
// idiom: counts the nodes the two clocks share with .map(|..| contains_key as usize).sum() (a count of keys, not a sum of counters): if other has more keys than are shared, self is smaller somewhere; O(a + b), O(1)
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
    counts: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counts: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.counts.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.counts.get_mut(node) {
            Some(c) => {
                *c += 1;
                *c
            }
            None => {
                self.counts.insert(node.to_owned(), 1);
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &c) in other.counts.iter() {
            self.counts.entry(node.clone()).and_modify(|m| *m = (*m).max(c)).or_insert(c);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        for (node, &mine) in &self.counts {
            let theirs = other.get(node);
            less |= mine < theirs;
            greater |= mine > theirs;
        }
        // every stored counter is >= 1, so a node only `other` knows makes self smaller there
        let shared: usize = other.counts.keys().map(|k| self.counts.contains_key(k) as usize).sum();
        if shared < other.counts.len() {
            less = true;
        }
        match (less, greater) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
