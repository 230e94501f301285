// learner: optimal
// idiom: Chapel HPC programmer: an associative domain of node names (HashMap), compare as two boolean || reductions (anyLess, anyGreater) over both domains
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
        for (node, &theirs) in &other.counts {
            let mine = self.counts.entry(node.clone()).or_insert(0);
            if theirs > *mine {
                *mine = theirs;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut anyLess = false;
        let mut anyGreater = false;
        // domain of self
        for (node, &mine) in &self.counts {
            let theirs = other.get(node);
            anyLess = anyLess || mine < theirs;
            anyGreater = anyGreater || mine > theirs;
        }
        // domain of other, minus what self already covered
        for (node, &theirs) in &other.counts {
            if !self.counts.contains_key(node) && theirs > 0 {
                anyLess = true;
            }
        }
        match (anyLess, anyGreater) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
