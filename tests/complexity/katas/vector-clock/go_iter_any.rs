// learner: optimal
// idiom: Go dev trying iterators: any()/filter() chains for the two directions, helper dominates(a, b) used twice
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
    m: HashMap<String, u64>,
}

/// Reports whether some counter of `a` is strictly greater than the same counter of `b`.
fn exceeds(a: &HashMap<String, u64>, b: &HashMap<String, u64>) -> bool {
    a.iter().any(|(k, v)| *v > b.get(k).copied().unwrap_or(0))
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { m: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.m.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.m.entry(node.to_string()).or_default();
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.m.iter().for_each(|(k, v)| {
            let e = self.m.entry(k.clone()).or_insert(0);
            if *v > *e {
                *e = *v;
            }
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let ahead = exceeds(&self.m, &other.m);
        let behind = exceeds(&other.m, &self.m);
        match (behind, ahead) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
