// learner: optimal
// idiom: TypeScript/Node backend developer: counters in a Map<string, number>, compare walks both maps once and tracks two booleans (someLess / someGreater) with early exit
// why:
//! Vector clocks: one counter per node, compared pointwise.

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
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(count) = self.counters.get_mut(node) {
            *count += 1;
            return *count;
        }
        self.counters.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            match self.counters.get_mut(node.as_str()) {
                Some(ours) => *ours = (*ours).max(theirs),
                None => {
                    self.counters.insert(node.clone(), theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut someLess = false;
        let mut someGreater = false;
        for (node, &mine) in &self.counters {
            let theirs = other.get(node);
            if mine < theirs {
                someLess = true;
            } else if mine > theirs {
                someGreater = true;
            }
            if someLess && someGreater {
                return Causality::Concurrent;
            }
        }
        for (node, &theirs) in &other.counters {
            if !self.counters.contains_key(node) && theirs > 0 {
                someLess = true;
                break;
            }
        }
        match (someLess, someGreater) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
