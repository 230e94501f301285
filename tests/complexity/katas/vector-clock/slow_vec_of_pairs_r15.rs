// learner: slow
// why: VectorClock::compare is O(a * b) time, target O(a + b): counters kept in a Vec<(String, u64)> and searched linearly for every node
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
        VectorClock { counters: Vec::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        for (name, value) in &self.counters {
            if name == node {
                return *value;
            }
        }
        0
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        for entry in self.counters.iter_mut() {
            if entry.0 == node {
                entry.1 += 1;
                return entry.1;
            }
        }
        self.counters.push((node.to_string(), 1));
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (name, value) in &other.counters {
            let mut found = false;
            for entry in self.counters.iter_mut() {
                if &entry.0 == name {
                    if *value > entry.1 {
                        entry.1 = *value;
                    }
                    found = true;
                    break;
                }
            }
            if !found {
                self.counters.push((name.clone(), *value));
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for (name, value) in &self.counters {
            let theirs = other.get(name);
            if *value < theirs {
                smaller = true;
            }
            if *value > theirs {
                larger = true;
            }
        }
        for (name, value) in &other.counters {
            if *value > self.get(name) {
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
