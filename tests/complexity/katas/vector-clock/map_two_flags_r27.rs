// learner: optimal
// idiom: JavaScript bootcamp graduate: one HashMap like a JS object, entry().or_insert like `obj[k] = (obj[k] || 0) + 1`, compare with two boolean flags over both maps
//! Vector clocks.

use std::collections::HashMap;

/// How two clocks (two events) are related.
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
        if let Some(c) = self.counts.get_mut(node) {
            *c += 1;
            return *c;
        }
        self.counts.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &count) in &other.counts {
            let mine = self.counts.entry(node.clone()).or_insert(0);
            if count > *mine {
                *mine = count;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut bigger = false;
        for (node, &count) in &self.counts {
            let theirs = other.get(node);
            if count < theirs { smaller = true; }
            if count > theirs { bigger = true; }
        }
        for (node, &count) in &other.counts {
            if !self.counts.contains_key(node) && count > 0 {
                smaller = true;
            }
        }
        match (smaller, bigger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
