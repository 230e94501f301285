// learner: optimal
// idiom: Chapel HPC programmer: one `proc leq(x, y)` that is an && reduction over x's domain, called in both directions; compare is a table over the two results
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
    clockD: HashMap<String, u64>,
}

/// && reduce over x's domain: x[i] <= y[i] (missing entries of y read 0)
fn leq(x: &VectorClock, y: &VectorClock) -> bool {
    x.clockD.iter().all(|(node, &cnt)| cnt <= y.get(node))
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.clockD.get(node) {
            Some(&c) => c,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.clockD.entry(node.to_string()).or_insert(0);
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        self.clockD.reserve(other.clockD.len());
        for (node, &cnt) in other.clockD.iter() {
            self.clockD
                .entry(node.clone())
                .and_modify(|c| *c = (*c).max(cnt))
                .or_insert(cnt);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let selfLeq = leq(self, other);
        let otherLeq = leq(other, self);
        match (selfLeq, otherLeq) {
            (true, true) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Concurrent,
        }
    }
}
