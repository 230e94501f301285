//! Naive version: correct, but the counters live in a Vec of pairs and every
//! lookup is a linear search, so merge and compare are O(a * b).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        for (n, c) in &self.counters {
            if n == node {
                return *c;
            }
        }
        0
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        for (n, c) in self.counters.iter_mut() {
            if n == node {
                *c += 1;
                return *c;
            }
        }
        self.counters.push((node.to_string(), 1));
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, theirs) in &other.counters {
            let mut found = false;
            for (n, mine) in self.counters.iter_mut() {
                if n == node {
                    *mine = (*mine).max(*theirs);
                    found = true;
                }
            }
            if !found {
                self.counters.push((node.clone(), *theirs));
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for (node, mine) in &self.counters {
            let theirs = other.get(node);
            smaller |= *mine < theirs;
            larger |= *mine > theirs;
        }
        for (node, theirs) in &other.counters {
            if self.get(node) < *theirs {
                smaller = true;
            }
        }
        match (smaller, larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
