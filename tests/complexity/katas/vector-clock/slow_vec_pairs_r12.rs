// learner: slow
// why: VectorClock::compare/merge are O(a*b) time, target O(a + b): counters in a Vec<(String, u64)> searched linearly for every node
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
        for e in self.entries.iter_mut() {
            if e.0 == node {
                e.1 += 1;
                return e.1;
            }
        }
        self.entries.push((node.to_string(), 1));
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (n, c) in &other.entries {
            let mine = self.get(n);
            if *c > mine {
                match self.entries.iter_mut().find(|e| e.0 == *n) {
                    Some(e) => e.1 = *c,
                    None => self.entries.push((n.clone(), *c)),
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for (n, c) in &self.entries {
            let o = other.get(n);
            if *c < o {
                less = true;
            } else if *c > o {
                more = true;
            }
        }
        for (n, c) in &other.entries {
            if *c > self.get(n) {
                less = true;
            }
        }
        match (less, more) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
