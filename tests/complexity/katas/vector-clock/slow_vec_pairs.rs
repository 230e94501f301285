// learner: slow
// why: VectorClock::compare is O(a * b) time, target O(a + b): counters in a Vec<(String, u64)> searched linearly for every node
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { entries: Vec::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        for (n, c) in &self.entries {
            if n == node {
                return *c;
            }
        }
        0
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        for (n, c) in self.entries.iter_mut() {
            if n == node {
                *c += 1;
                return *c;
            }
        }
        self.entries.push((node.to_string(), 1));
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, c) in &other.entries {
            let mine = self.get(node);
            if *c > mine {
                match self.entries.iter_mut().find(|(n, _)| n == node) {
                    Some(e) => e.1 = *c,
                    None => self.entries.push((node.clone(), *c)),
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (mut less, mut greater) = (false, false);
        for (node, _) in self.entries.iter().chain(other.entries.iter()) {
            let (a, b) = (self.get(node), other.get(node));
            if a < b { less = true; }
            if a > b { greater = true; }
        }
        match (less, greater) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
